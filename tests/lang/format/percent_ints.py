def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for v in [0, 7, -7, 255, -255, 2**70, True]:
    print('%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%.3d|%+.3d|%#08x' % (v, v, v, v, v, v, v, v, v, v, v, v, v, v, v))
print('%d' % 3.7, '%i' % -2.5, '%u' % -3, '%x' % True, '%d' % 1.5e20)
t(lambda: '%d' % 'x')
t(lambda: '%x' % 1.5)
t(lambda: '%x' % 'a')
t(lambda: '%d' % None)
t(lambda: '%i' % 'x')
t(lambda: '%d' % float('inf'))
t(lambda: '%o' % [1])
