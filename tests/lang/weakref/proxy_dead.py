# operations on a dead proxy raise ReferenceError
from _weakref import proxy
class C:
    def __init__(self):
        self.x = 1
    def __len__(self):
        return 3
    def __call__(self):
        return "called"
    def __iter__(self):
        return iter([1])
    def __getitem__(self, k):
        return k
    def __add__(self, o):
        return 1
c = C()
p = proxy(c)
print(p.x, len(p), p(), p[4], p + 1, str(p)[:2])
del c
ops = [
    ("getattr", lambda: p.x),
    ("setattr", lambda: setattr(p, "x", 2)),
    ("len", lambda: len(p)),
    ("call", lambda: p()),
    ("iter", lambda: iter(p)),
    ("getitem", lambda: p[1]),
    ("add", lambda: p + 1),
    ("radd", lambda: 1 + p),
    ("bool", lambda: bool(p)),
    ("str", lambda: str(p)),
    ("eq", lambda: p == 1),
    ("contains", lambda: 1 in p),
]
for name, fn in ops:
    try:
        fn()
        print(name, "no error")
    except ReferenceError as e:
        print(name, type(e).__name__, e)
print(isinstance(ReferenceError(), Exception))
