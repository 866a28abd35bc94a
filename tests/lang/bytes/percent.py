def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(b'%s %d' % (b'x', 1), b'%5s|%-5s|' % (b'a', b'b'), b'%x %X %o' % (255, 255, 8), b'%r' % 'é', b'%a' % 1, b'%b' % bytearray(b'z'))
print(b'%c%c' % (65, b'B'), b'%.1s' % b'abc', b'%5.2f' % 3.14159, b'%(a)s' % {b'a': b'x'}, b'%d%%' % 5, b'%s' % memoryview(b'mv'))
print(bytearray(b'%s!') % b'x', b'%i %u' % (1, 2), b'%3c|' % 65)
t(lambda: b'%s' % 'x')
t(lambda: b'%s' % 5)
t(lambda: b'%c' % 256)
t(lambda: b'%c' % b'ab')
t(lambda: b'%i' % 'x')
t(lambda: b'%u' % 'x')
t(lambda: b'%s %s' % (b'x',))
t(lambda: b'%s' % (b'a', b'b'))
t(lambda: b'%(a)s' % {'a': b'x'})
t(lambda: b'%(a)s' % 5)
