log = []
class DataD:
    def __get__(self, o, t): return "data"
    def __set__(self, o, v): log.append(("set", v))
class NonDataD:
    def __get__(self, o, t): return "nondata"
class C:
    a = DataD()
    b = NonDataD()
    c = "plain"
o = C()
o.__dict__.update(a="inst-a", b="inst-b", c="inst-c")
print(o.a, o.b, o.c)
o.a = 1
print(log, o.__dict__["a"])
class Meta(type):
    m = DataD()
    n = NonDataD()
class K(metaclass=Meta):
    n = "class-n"
print(K.m, K.n)
K.m = 5
print(log)
class P:
    @property
    def x(self): return "prop"
p = P()
p.__dict__["x"] = "shadow?"
print(p.x)
class FD:
    def __get__(self, o, t=None): return ("got", o is None, t.__name__ if t else None)
class Q:
    fd = FD()
print(Q.fd, Q().fd[1])
print(type.__dict__["__name__"].__get__(Q), Q.__dict__["fd"].__get__(None, Q))
class WithSlotAndClassAttr:
    __slots__ = ("v",)
    def __init__(self): self.v = 1
print(WithSlotAndClassAttr().v, type(WithSlotAndClassAttr.v).__name__)
