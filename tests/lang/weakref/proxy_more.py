# proxies forward operations; a dead proxy raises ReferenceError
import weakref
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __lt__(self, o):
        return self.v < o
    def __eq__(self, o):
        return self.v == o
    def __len__(self):
        return self.v
    def __getitem__(self, i):
        return i * 2
    def __contains__(self, x):
        return x == self.v
    def __call__(self, *a):
        return ("called", a)
    def __iter__(self):
        return iter(range(self.v))
    def __bool__(self):
        return self.v != 0
    def __neg__(self):
        return -self.v
    def __repr__(self):
        return "Num(%d)" % self.v
n = Num(3)
p = weakref.proxy(n)
print((p + 1).v, (1 + p).v, p < 5, p == 3, len(p), p[4], 3 in p, p(1, 2))
print(list(p), bool(p), -p, p.v, repr(p).startswith("<weakproxy at"))
p += 2
print(type(p).__name__, n.v)
p = weakref.proxy(n)
p.v = 10
print(n.v, hasattr(p, "v"))
del p.v
print(hasattr(n, "v"))
n.v = 1
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
cp = weakref.proxy(n, lambda r: print("proxy callback", type(r).__name__))
print(type(cp).__name__, weakref.getweakrefcount(n))
del n
for op in [lambda: p.v, lambda: p + 1, lambda: len(p), lambda: str(p), lambda: p(), lambda: bool(p)]:
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError", e)
print(repr(p).startswith("<weakproxy at"), "dead" in repr(p))
def f():
    return "func"
fp = weakref.proxy(f)
print(fp(), type(fp).__name__)
