def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


c = compile('a = 1', 'myfile', 'exec')
check(lambda: type(c).__name__)
check(lambda: c.co_filename)
check(lambda: compile('1', 'f', 'bad'))
check(lambda: compile(1, 'f', 'exec'))
check(lambda: compile('1', 1, 'exec'))
check(lambda: compile('a\0', 'f', 'exec'))
check(lambda: compile())
check(lambda: compile('x = (', 'f', 'exec'))
try:
    compile('x = )', 'the_file.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset)
s = compile('1 + 1', 'f', 'single')
check(lambda: eval(s))
ev = compile('3 * 3', 'f', 'eval')
check(lambda: eval(ev))
check(lambda: compile(b'b = 2', 'f', 'exec').co_filename)
