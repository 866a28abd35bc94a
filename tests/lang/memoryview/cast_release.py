def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b'abcd')
print(m.cast('c').tolist(), m.cast('b').tolist(), len(m.cast('h')), m.cast('H').format, m.cast('B').tolist())
t(lambda: memoryview(b'abc').cast('i'))
t(lambda: m.cast('i').cast('h'))
t(lambda: m.cast('x'))
t(lambda: m[::2].cast('B'))
print(m.cast('i').cast('B').tolist(), m.cast('@B').format)
r = memoryview(b'ab')
r.release()
for f in ('len(r)', 'r[0]', 'r.tobytes()', 'r.tolist()', 'r.format', 'r.obj', 'bytes(r)'):
    try:
        print(f, eval(f))
    except Exception as e:
        print(f, type(e).__name__, e)
print(r == r, r.release())
m1 = memoryview(b'ab')
m2 = m1[1:]
m1.release()
print(m2.tolist())
with memoryview(b'xy') as mm:
    print(mm[0], mm.tobytes())
t(lambda: mm[0])
