def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'a b  c'.split(), b'a,b,,c'.split(b','), b'a,b,,c'.rsplit(b',', 1), b' a b '.rsplit(None, 1), b'a b'.split(maxsplit=0))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\n'.splitlines(True), b'a\x85b\x0bc'.splitlines(), bytearray(b'x y').split())
print(b','.join([b'a', bytearray(b'b'), memoryview(b'c')]), bytearray(b'-').join([b'x', b'y']), b''.join([]), b'.'.join([b'only']))
print(b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), bytearray(b'ab').partition(b'a'))
t(lambda: b'a'.split(b''))
t(lambda: b'a'.split('a'))
t(lambda: b'a'.join(['a']))
t(lambda: b'a'.join([1]))
t(lambda: b'a'.join(1))
t(lambda: b'a'.partition(b''))
t(lambda: b'a'.partition('a'))
