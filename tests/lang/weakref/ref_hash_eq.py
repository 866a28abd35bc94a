# hash of a ref is its referent's; equality compares referents while alive
from _weakref import ref
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, C) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
a, b, c = C(1), C(1), C(2)
ra, rb, rc = ref(a), ref(b), ref(c)
print(hash(ra) == hash(1), ra == rb, ra != rb, ra == rc, ra != rc)
print(ra == a, ra.__eq__(a))
try:
    print(ra < rb)
except TypeError as e:
    print(type(e).__name__, e)
h = hash(rc)
del c
print(hash(rc) == h)
del b
print(ra == rb, rb == rb, rb != rb)
d = C(5)
rd = ref(d)
del d
try:
    hash(rd)
except TypeError as e:
    print(type(e).__name__, e)
x = C(3)
rx1 = ref(x)
rx2 = ref(x, lambda r: None)
print(rx1 == rx2, rx1 is rx2)
del x
print(rx1 == rx2, rx1 != rx2)
s = {ra: "a"}
print(s[ref(a)])
