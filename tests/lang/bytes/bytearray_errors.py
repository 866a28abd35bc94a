def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: bytearray().pop())
t(lambda: bytearray(b'a').pop(5))
t(lambda: bytearray(b'a').remove(2))
t(lambda: bytearray(b'a').remove(300))
t(lambda: bytearray(b'a').append(256))
t(lambda: bytearray(b'a').append('a'))
t(lambda: bytearray().extend('a'))
t(lambda: bytearray().extend(1))
t(lambda: bytearray().extend([256]))
t(lambda: bytearray('a'))
t(lambda: bytearray(1, 'ascii'))
def setitem(b, k, v):
    b[k] = v
t(lambda: setitem(bytearray(b'abc'), 0, 256))
t(lambda: setitem(bytearray(b'abc'), 0, 'a'))
t(lambda: setitem(bytearray(b'abc'), slice(1, 2), 5))
t(lambda: setitem(bytearray(b'abc'), slice(1, 2), 'x'))
t(lambda: setitem(bytearray(b'abc'), slice(None, None, 2), b'x'))
t(lambda: setitem(bytearray(b'abc'), 5, 1))
def delitem(b, k):
    del b[k]
t(lambda: delitem(bytearray(b'abc'), 5))
def iadd(b, x):
    b += x
t(lambda: iadd(bytearray(b'a'), 'd'))
