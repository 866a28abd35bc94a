def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:2], a[::-100], a[2:2])
print(a[slice(1, 4)], a[slice(None, None, -3)])
t(lambda: a[::0])
t(lambda: a['a':])
t(lambda: a[1.5])
t(lambda: a[10])
t(lambda: a[-11])
print(a[-10], a[9], a[True])
print(a[10**30:], a[-10**30:2], a[:10**30:3])
t(lambda: a[10**30])
class I:
    def __index__(self):
        return 3
print(a[I()], a[I():], a[:I()])
