def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

m = memoryview(b'hello')
print(bytes(m), bytearray(m), b'-'.join([m, m]), b'xhelloy'.find(m), m.tobytes().upper())
print(b'abc'.startswith(memoryview(b'ab')), b'abc' + memoryview(b'd'), bytearray(b'a') + memoryview(b'b'))
print(str(memoryview(b'hi'), 'ascii'), b'ab'.replace(memoryview(b'a'), bytearray(b'z')), b'a b'.split(memoryview(b' ')))
ba = bytearray(b'xyz')
m2 = memoryview(ba)
t(lambda: ba.append(1))
t(lambda: ba.extend(b'q'))
ba[0] = 65
print(ba, m2.tobytes())
m2.release()
ba.append(66)
print(ba)
t(lambda: b'a' + 'b')
t(lambda: bytearray(b'a').join(['x']))
