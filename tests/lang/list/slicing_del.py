def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(12))
del a[0]; print(a)
del a[-1]; print(a)
del a[2:4]; print(a)
del a[::3]; print(a)
del a[::-2]; print(a)
b = list(range(10))
del b[1:8:3]; print(b)
del b[:]; print(b)
def f():
    c = [1]
    del c[3]
t(f)
def g():
    c = [1]
    del c['x']
t(g)
c = list(range(20))
del c[5:100:4]
print(c)
del c[10**20:]
print(c)
