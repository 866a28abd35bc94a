# Subclasses of built-in types with instance attributes.
import copy


class L(list):
    pass


class D(dict):
    pass


class T(tuple):
    pass


class I(int):
    pass


class F(float):
    pass


class S(str):
    pass


class B(bytes):
    pass


class St(set):
    pass


class E(Exception):
    pass


class OE(OSError):
    pass


for cls, arg in ((L, [1, 2]), (D, {"k": 1}), (T, (1, 2)), (I, 5), (F, 1.5), (S, "s"),
                 (B, b"b"), (St, {1}), (E, "msg"), (OE, "oops")):
    o = cls(arg)
    o.x = 1
    o.y = [2]
    print(cls.__name__, repr(o), o.x, o.y, vars(o))
    o.y = 3
    del o.x
    print(" ", vars(o), hasattr(o, "x"))
    c = copy.copy(o)
    print(" copy", repr(c), vars(c))
    dc = copy.deepcopy(o)
    print(" deepcopy", repr(dc), vars(dc))

l = L([3, 1, 2])
l.name = "ell"
l.sort()
print(l, l.name, len(l))
d = D(a=1)
d.attr = 2
d["b"] = 3
print(d, d.attr, vars(d), "attr" in d)
e = E("x", 1)
e.note = "n"
print(e.args, str(e), e.note)
try:
    raise e
except E as caught:
    print(caught.note, caught.__traceback__ is not None)
