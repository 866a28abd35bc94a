# sys.intern returns the one interned copy; errors as CPython
import sys
a = "".join(["dyn", "amic", " key!"])
b = "".join(["dynamic ", "key!"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia is a, ib is b)
print(sys.intern(ia) is ia)
c = "".join(["x" * 3, "-y"])
print(sys.intern(c) is c)
print(sys.intern("".join(["xx", "x-y"])) is c)
print(sys.intern("") == "")
n = "".join(["non", "ascii \u20ac"])
print(sys.intern(n) is sys.intern("".join(["non", "ascii \u20ac"])))
class S(str):
    pass
for bad in [S("sub"), b"bytes", 5, None, ["l"]]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError:", e)
for args in [(), ("a", "b")]:
    try:
        sys.intern(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.intern(s="x")
except TypeError as e:
    print("TypeError:", e)
