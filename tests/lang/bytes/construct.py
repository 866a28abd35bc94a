def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(b'ab'), bytes(bytearray(b'cd')), bytes(range(3)), bytes('é', 'utf-8'))
print(bytes('abc', 'ascii'), bytes((65, 66)), bytes(memoryview(b'mv')), bytes('x', encoding='utf-16-le'), bytes(x for x in [97]))
class B:
    def __bytes__(self):
        return b'custom'
print(bytes(B()))
t(lambda: bytes(-1))
t(lambda: bytes('a'))
t(lambda: bytes(1, 'ascii'))
t(lambda: bytes('a', errors='x'))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(['a']))
t(lambda: bytes(1.5))
t(lambda: bytes(x=1))
t(lambda: bytes(b'a', 'ascii'))
t(lambda: bytes(None))
class Bad:
    def __bytes__(self):
        return 'no'
t(lambda: bytes(Bad()))
