def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b'hello')
m = memoryview(ba)
m[0] = ord('j')
print(ba)
m[1:3] = b'EL'
print(ba)
m[::2] = b'xyz'
print(ba, m.readonly)
t(lambda: m.__setitem__(0, 300))
t(lambda: m.__setitem__(0, 'a'))
t(lambda: m.__delitem__(0))
t(lambda: m.__setitem__(slice(0, 2), b'abc'))
ro = m.toreadonly()
t(lambda: ro.__setitem__(0, 1))
print(ro.readonly, ro.tobytes())
