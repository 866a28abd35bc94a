def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: eval('1 + 2'))
check(lambda: eval('  1+1'))
check(lambda: eval(b'2*3'))
check(lambda: eval('x', {'x': 5}))
check(lambda: eval('x', None, {'x': 6}))
check(lambda: eval('x + y', {'x': 1}, {'y': 2}))
check(lambda: eval(compile('40 + 2', '<s>', 'eval')))
check(lambda: eval(1))
check(lambda: eval())
check(lambda: eval('1', 1))
check(lambda: eval('1', {}, 1))
check(lambda: eval('1 +'))
check(lambda: eval('a\0'))
g = {}
exec('z = 10\ndef f(): return z * 2', g)
check(lambda: g['f']())
check(lambda: type(g['__builtins__']).__name__)
check(lambda: exec('1', 1))
check(lambda: exec('1', {}, 1))
check(lambda: exec())
check(lambda: exec('raise ValueError(3)'))
ns = {}
exec(compile('a = 1\nb = a + 1', 'mod', 'exec'), ns)
check(lambda: (ns['a'], ns['b']))
def uses_locals():
    loc = {}
    exec('w = 5', globals(), loc)
    return loc
check(uses_locals)
x = 'global x'
check(lambda: eval('x'))
check(lambda: exec('print(x)'))
