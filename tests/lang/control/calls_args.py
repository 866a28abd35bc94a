# Calls: keywords, *args/**kwargs unpacking, evaluation order, errors.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], *(3,), c=0, **{'z': 1}, **{'y': 2}))
print(f(c=1, a=0))
args = (1,)
kwargs = {'c': 2, 'd': 3}
print(f(*args, **kwargs))
print(f(*'ab', c=None))

order = []
def o(x):
    order.append(x)
    return x
def g(*a, **k):
    return a, k
g(o(1), o(2), *[o(3)], k=o(4), **{'m': o(5)})
print(order)

def errs(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print(e)
errs(f)
errs(f, 1)
errs(f, 1, c=1, a=2)
try:
    errs(f, **{'c': 1}, **{'c': 2})
except TypeError as e:
    print('outer', e)
errs(len, [], [])

class M:
    def m(self, x, *, y=0):
        return x + y
print(M().m(1, y=2), M.m(M(), 3))
print(max([3, 1, 2], key=lambda v: -v), sorted('cba', reverse=True))
print(dict(a=1, **{'b': 2}), list(map(str, (1, 2))))
