def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
def f():
    p, q = (1, 2, 3)
t(f)
def g():
    p, q, r = (1, 2)
t(g)
t3 = tuple(range(5))
print(t3[1:-1], t3[::-2], t3.index(4), max(t3), sorted(t3, reverse=True))
print(tuple(sorted((3, 1, 2))), tuple(reversed((1, 2, 3))))
print(len(tuple(range(1000))), sum(tuple(range(100))))
print((1, 2) + (3,) * 2, ((1, 2) * 2).count(2))
