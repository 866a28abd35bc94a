def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


e = SyntaxError('msg', ('/a/b/file.py', 3, 4, 'text', 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e))
print(repr(e))
print(str(SyntaxError('m', (None, 3, 4, 'x'))))
print(str(SyntaxError('m', ('f', None, 4, 'x'))))
print(str(SyntaxError('m', ('f', 'x', 4, 'x'))))
print(str(SyntaxError()), SyntaxError().msg)
print(str(SyntaxError(1, 2, 3)), SyntaxError(1, 2, 3).msg)
print(SyntaxError('a', [1, 2, 3, 4]).filename)
check(lambda: SyntaxError('a', (1, 2, 3)))
check(lambda: SyntaxError('a', (1, 2, 3, 4, 5, 6, 7)))
check(lambda: SyntaxError('a', 5))
check(lambda: SyntaxError('a', (1, 2, 3, 4, 5)))
print(SyntaxError('x').print_file_and_line)
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
try:
    compile('x = = 1', 'src.py', 'exec')
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.filename, err.lineno, err.offset)
    print(str(err))
try:
    compile('if 1:\nfoo()', 'ind.py', 'exec')
except IndentationError as err:
    print(type(err).__name__, err.msg, err.lineno)
