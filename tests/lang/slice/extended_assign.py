def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in range(0, 7):
    for step in (1, 2, 3, -1, -2, -3):
        a = list(range(n))
        sl = slice(None, None, step)
        k = len(a[sl])
        a[sl] = ['x'] * k
        b = list(range(n))
        del b[sl]
        print(n, step, a, b)
a = list(range(10))
a[1:9:3] = 'abc'
print(a)
del a[-1:0:-4]
print(a)
def f():
    a[10:0:-1] = []
t(f)
print(a)
a[0:0:-1] = []
print(a)
