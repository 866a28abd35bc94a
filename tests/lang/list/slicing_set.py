def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
a[2:5] = ['x', 'y']
print(a)
a[:0] = [100, 101]
print(a)
a[len(a):] = 'ab'
print(a)
a[::2] = range(len(a[::2]))
print(a)
def f():
    b = list(range(5))
    b[::2] = [1, 2]
t(f)
def g():
    b = list(range(5))
    b[::-1] = 'abcde'
    return b
t(g)
def h():
    b = [1, 2, 3]
    b[1:2] = 5
t(h)
def k():
    b = [1, 2, 3]
    b[::2] = 5
t(k)
b = [1, 2, 3]
b[1:] = b
print(b)
b = [1, 2, 3]
b[::-1] = b
print(b)
b = [1, 2, 3]
b[5:10] = [9]
print(b)
b[0] = 'first'; b[-1] = 'last'
print(b)
def m():
    c = [1]
    c[5] = 0
t(m)
c = [1, 2, 3, 4]
c[1:3] = (x * 10 for x in range(4))
print(c)
c[3:1] = [0]
print(c)
