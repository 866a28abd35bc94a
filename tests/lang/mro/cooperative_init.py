class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        super().__init__()
class A(Base):
    def __init__(self, a=None, **kw):
        print("A", a)
        super().__init__(**kw)
class B(Base):
    def __init__(self, b=None, **kw):
        print("B", b)
        super().__init__(**kw)
class C(A, B):
    def __init__(self, c=None, **kw):
        print("C", c)
        super().__init__(**kw)
C(a=1, b=2, c=3, extra=4)
print([k.__name__ for k in C.__mro__])
class Mixin:
    def hello(self):
        return "mixin>" + super().hello()
class Root:
    def hello(self):
        return "root"
class Leaf(Mixin, Root):
    pass
print(Leaf().hello())
class P:
    @property
    def v(self):
        return "P.v"
class Q(P):
    @property
    def v(self):
        return "Q.v>" + super().v
print(Q().v)
class S1:
    @classmethod
    def make(cls):
        return "S1.make:" + cls.__name__
class S2(S1):
    @classmethod
    def make(cls):
        return "S2>" + super().make()
print(S2.make(), S2().make())
class Desc:
    def __get__(self, o, t):
        return "desc via super"
class T1:
    d = Desc()
class T2(T1):
    def get(self):
        return super().d
print(T2().get())
