def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = b'hello world hello'
for sub in [b'hello', b'o', b'xyz', b'', 108, bytearray(b'wor')]:
    print(b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 3), b.count(sub, 2, 9))
print(b.index(b'world'), b.rindex(108))
t(lambda: b.index(b'xyz'))
t(lambda: b.rindex(b'z', 0, 3))
t(lambda: b.find('a'))
t(lambda: b.find(300))
t(lambda: b.count())
t(lambda: b.count(b'a', 'x'))
print(b.startswith(b'hell'), b.endswith((b'x', b'llo')), b.startswith(b'world', 6), b.endswith(b''), bytearray(b'abc').startswith(b'ab'))
t(lambda: b.startswith('a'))
t(lambda: b.startswith(('a',)))
