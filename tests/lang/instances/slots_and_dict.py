# Classes with __slots__, with and without __dict__, and their subclasses.
class S:
    __slots__ = ("a", "__dict__")


s = S()
s.a = 1
s.b = 2
print(s.a, s.b, vars(s))
del s.a
try:
    s.a
except AttributeError as e:
    print("AttributeError", e)
s.__dict__ = {"c": 3}
print(vars(s), s.c)


class Only:
    __slots__ = ("a",)


o = Only()
o.a = 1
try:
    o.b = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    o.__dict__
except AttributeError as e:
    print("AttributeError", e)


class Sub(Only):
    pass


sub = Sub()
sub.a = 1
sub.b = 2
print(sub.a, vars(sub))


class Sub2(S):
    __slots__ = ("d",)


s2 = Sub2()
s2.a = 1
s2.d = 2
s2.e = 3
print(s2.a, s2.d, vars(s2))


class W:
    __slots__ = ("__weakref__", "__dict__", "x")


w = W()
w.x = 1
w.y = 2
import weakref
r = weakref.ref(w)
print(r() is w, vars(w))


class Plain:
    pass


class SubSlots(Plain):
    __slots__ = ("p",)


ss = SubSlots()
ss.p = 1
ss.q = 2
print(ss.p, vars(ss))

try:
    class Bad(Plain):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError", e)


# layout compatibility for multiple inheritance
class A1:
    pass


class A2:
    pass


class Both(A1, A2):
    pass


b = Both()
b.v = 1
print(vars(b), Both.__mro__[1:])


class L(Plain, list):
    pass


l = L([1])
l.attr = 2
print(l, vars(l))
