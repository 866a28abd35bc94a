def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: 'abc'.nope)
t(lambda: setattr('abc', 'x', 1))
t(lambda: str.lower())
t(lambda: str.lower(1))
t(lambda: 'a'.join())
t(lambda: 'a'.format_map())
del_err = None
try:
    del 'abc'[0]
except TypeError as e:
    del_err = str(e)
print(del_err)
try:
    x = 'abc'
    x[0] = 'z'
except TypeError as e:
    print(e)
