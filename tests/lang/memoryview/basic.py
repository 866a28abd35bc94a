def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m.tolist())
print(m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, m.obj, m.c_contiguous)
print(m[::2].strides, m[::2].c_contiguous, m[1:3].nbytes, m.hex(), m == b'abcdef', m == b'abc', m[:3] == b'abc')
print(bytes(m[2:4]), list(m[:2]))
t(lambda: m[10])
t(lambda: m['a'])
t(lambda: m.__setitem__(0, 1))
t(lambda: memoryview(1))
t(lambda: memoryview())
t(lambda: memoryview(b'x', 1))
print(hash(memoryview(b'ab')) == hash(b'ab'))
t(lambda: hash(memoryview(bytearray(b'ab'))))
print(memoryview(object=b'x').tolist())
