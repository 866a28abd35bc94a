def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


e = ValueError(1, 2)
print(e.__reduce__())
e.custom = 'c'
print(e.__reduce__())
e = ValueError()
e.__setstate__({'a': 1})
print(e.a)
check(lambda: e.__setstate__(1))
check(lambda: e.__setstate__(None))
print(OSError(2, 'x').__reduce__())
print(OSError(2, 'x', 'f', None, 'g').__reduce__())
print(OSError(2, 'x', 'f').__reduce__())
print(ImportError('x', name='n').__reduce__())
print(ImportError('x').__reduce__())
