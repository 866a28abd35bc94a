# proxies forward operations to the referent
from _weakref import proxy, ProxyType, CallableProxyType
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __sub__(self, o):
        return self.v - o
    def __mul__(self, o):
        return self.v * o
    def __neg__(self):
        return -self.v
    def __abs__(self):
        return abs(self.v)
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v)
    def __eq__(self, o):
        return isinstance(o, Num) and o.v == self.v
    def __lt__(self, o):
        return self.v < o.v
    __hash__ = None
    def __str__(self):
        return "Num(%d)" % self.v
    def __bool__(self):
        return self.v != 0
n = Num(5)
zero = Num(0)
p = proxy(n)
print(type(p) is ProxyType, (p + 1).v, (1 + p).v, (p + p).v, p - 2, p * 3, -p, abs(p))
print(int(p), float(p), [10, 20, 30, 40, 50, 60][p], bin(p), str(p), bool(p), bool(proxy(zero)))
print(p == Num(5), p == n, p < Num(9), Num(1) < p, p.v)
p.v = 7
print(n.v, p.v)
del p.v
print(hasattr(n, "v"))
n.v = 2
print(p.__class__.__name__, isinstance(p, Num), type(p).__name__)
l = [3, 1, 2]
ll = type("L", (list,), {})(l)
pl = proxy(ll)
print(len(pl), pl[0], 1 in pl, 9 in pl, list(pl), sorted(pl))
pl[0] = 9
del pl[1]
print(list(pl), list(reversed(pl)))
pl += [7]
print(type(pl).__name__, list(pl))
d = type("D", (dict,), {})(a=1)
pd = proxy(d)
pd["b"] = 2
print(pd["a"], len(pd), sorted(pd), "a" in pd)
def f(x, y=1):
    return x + y
pf = proxy(f)
print(type(pf) is CallableProxyType, pf(1), pf(1, y=5), callable(pf), callable(p))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
it = It()
pi = proxy(it)
print(next(pi), list(pi))
try:
    next(proxy(zero))
except TypeError as e:
    print(type(e).__name__, e)
class Dm:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __pow__(self, o, m=None):
        return ("pow", o, m)
    def __rpow__(self, o):
        return ("rpow", o)
    def __iadd__(self, o):
        return ("iadd", o)
    def __imul__(self, o):
        return ("imul", o)
dm = Dm()
pdm = proxy(dm)
print(divmod(pdm, 3), divmod(3, pdm), pdm ** 2, pow(pdm, 2, 5), 2 ** pdm)
q = pdm
q += 1
print(q)
q = pdm
q *= 2
print(q)
q = pdm
try:
    q -= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    pdm - 1
except TypeError as e:
    print(type(e).__name__, e)
nums = type("F", (float,), {})(17.0)
pn = proxy(nums)
print(divmod(pn, 5), pn % 5, pn // 5, pn / 2, pn ** 2, 2 ** pn, 100 % pn, -pn, +pn, pn == 17)
x = pn
x += 1
print(x, type(x).__name__)
try:
    round(pn)
except TypeError as e:
    print(type(e).__name__, e)
