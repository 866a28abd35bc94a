# Argument binding errors: CPython's exact messages.
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except TypeError as e:
        print(type(e).__name__, e)

def f0(): pass
def f1(x): return x
def f2(x, y): return x, y
def f3(x, y, z): return x, y, z
def fd(x, y=1): return x, y
def fk(*, k): return k
def fk2(a, *, k, j): return a, k, j
def fkd(a, *, k=1): return a, k
def fp(a, b, /, c): return a, b, c
def fv(a, *args): return a, args
def fkw(a, **kw): return a, kw
class A:
    def m(self, x): return x

t(f0, 1); t(f0, 1, 2); t(f1); t(f2); t(f3); t(f3, 1); t(f1, 1, 2); t(fd); t(fd, 1, 2, 3)
t(fk); t(fk2); t(fk2, 1); t(fk2, 1, 2); t(fk, 1); t(fk2, 1, 2, k=1, j=2); t(fkd, 1, 2)
t(fkd, 1, 2, 3, k=3)
t(f1, 1, x=2); t(f1, z=1); t(f1, 1, z=1); t(fp, a=1, b=2, c=3); t(fp, 1, b=2, c=3); t(fp, 1, 2)
t(fv); t(fkw, 1, a=2); t(fkw); t(A().m); t(A().m, 1, 2); t(A.m); t(f0, **{'a': 1, 'b': 2})
t(f0, x=1); t(fp, 1, 2, 3, a=1)
t(fkw, 1, **{"a": 2, "b": 3})
t(lambda: 0, 1)
def outer():
    def inner(a): pass
    return inner
t(outer(), 1, 2)
t(f1, 1, 2, x=1)
def fd2(a, b=1, *, c): pass
t(fd2, 1, 2, 3)
t(fd2, 1, 2, 3, c=1)
t(fd2, 1, 2)
t(f3, 1, 2, 3, 4, 5)
def many(a, b, c, d, e): pass
t(many)
t(many, 1)
def kwmany(*, a, b, c): pass
t(kwmany, b=1)
t(kwmany)
