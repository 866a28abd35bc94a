# identity of objects that must be one object, and of those that must not
def same(a, b):
    return a is b
x = 1000
y = x
print(same(x, y), id(x) == id(y))
class C:
    pass
a, b = C(), C()
print(same(a, b), id(a) == id(b), same(a, a))
l1 = [1, 2]
l2 = l1
l2.append(3)
print(same(l1, l2), l1)
print(same(l1, list(l1)), same(l1, l1[:]), same(l1, l1.copy()))
t = (1, 2)
print(same(t, tuple(t)), same(t, t[:]))
s = "text"
print(same(s, str(s)), same(s, s[:]), same(s, "" + s) or "new")
fs = frozenset([1])
print(same(fs, frozenset(fs)))
by = b"xy"
print(same(by, bytes(by)), same(by, by[:]))
print(same(int(x), x), same(+x, x) or "new", same(float(1.5), 1.5) or "new")
f = 2.5
print(same(float(f), f))
def fn():
    pass
print(same(fn, fn), same(C.__dict__["__init__"] if "__init__" in C.__dict__ else None, None))
print(same(C().__class__, C), same(type(a), C))
print(same(print, __builtins__.print if hasattr(__builtins__, "print") else __builtins__["print"]))
