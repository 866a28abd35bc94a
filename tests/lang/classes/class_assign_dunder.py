class C:
    def __init__(self, v):
        self.v = v

a, b = C(1), C(2)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
C.__add__ = lambda self, other: C(self.v + other.v)
print((a + b).v)
C.__repr__ = lambda self: "C(%d)" % self.v
print(repr(a), str(a), [a, b])
C.__len__ = lambda self: self.v
print(len(b), bool(C(0)))
C.__eq__ = lambda self, other: self.v == other.v
print(C(1) == C(1), C(1) != C(2))
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
C.__hash__ = lambda self: self.v
print(hash(C(7)))
del C.__add__
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)

class D(C):
    pass
C.__mul__ = lambda self, n: C(self.v * n)
print(repr(D(3) * 4))
D.__mul__ = lambda self, n: "D mul"
print(D(3) * 4, repr(C(3) * 4))
del D.__mul__
print(repr(D(3) * 4))
C.__getitem__ = lambda self, i: i * 10
print(D(1)[5])
C.__call__ = lambda self, *a: ("called", a)
print(D(1)(1, 2))
C.__iter__ = lambda self: iter(range(self.v))
print(list(D(3)))
C.__contains__ = lambda self, x: x == 42
print(42 in D(1), 1 in D(1))
C.__neg__ = lambda self: "neg"
print(-D(1))
C.__bool__ = lambda self: False
print(bool(D(5)), not D(5))
