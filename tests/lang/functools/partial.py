from _functools import partial
def f(*a, **k):
    return a, k
p = partial(f, 1, x=2)
print(p(2, y=3), p(x=5), p.func is f, p.args, p.keywords)
print(repr(p).replace(hex(id(f)), 'ADDR'))
q = partial(p, 3, z=4)
print(q.func is f, q.args, q.keywords, q())
print(partial(f)(), partial(f, a=1)(a=2))
print(type(partial(f).args).__name__, partial.__module__, partial.__name__)
print(hasattr(partial, '__get__'))
class C:
    m = partial(f, 'bound?')
print(C().m())
p.attr = 'x'
print(p.__dict__, p.attr)
r = partial(f, 1).__reduce__()
print(r[0] is partial, r[1][0] is f, r[2][1:])
s = partial(f)
s.__setstate__((f, (7,), {'k': 1}, None))
print(s(), s.args, s.keywords)
print(repr(partial(len, [1, 2])), partial(len, [1, 2])())
class MyPartial(partial):
    pass
mp = MyPartial(f, 1)
print(mp(2), isinstance(mp, partial), type(partial(mp, 3).func).__name__)
pp = partial(partial(partial(max, 1), 5), key=abs)
print(pp(-9), pp.args, pp.func is max)
import weakref
w = weakref.ref(p)
print(w() is p)
print(partial[int])
for bad in ["partial()", "partial(1)", "partial(f).func.__name__", "partial(f)(**{1: 2})",
            "partial(f).__setstate__(1)", "partial(f).__setstate__((1, 2))", "partial(len)()"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
class Loud(partial):
    def __call__(self, *a, **k):
        return ('loud', super().__call__(*a, **k))
lp = Loud(f, 1)
print(lp(2), partial(lp, 3)(4), type(partial(lp, 3).func).__name__)
many = partial(f, *range(10))
print(many(10, 11, k=1))
kwp = partial(f, 1, a=1)
print(kwp(2, b=2), kwp(a=3), kwp())
print(list(map(partial(pow, 2), range(5))))
