class Base:
    registry = []
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)
        super().__init_subclass__()
        Base.registry.append(cls.__name__)

class A(Base): pass
class B(A, flag=True): pass
print(Base.registry)
print(type(Base.__dict__["__init_subclass__"]).__name__)

class Strict:
    def __init_subclass__(cls, *, required):
        cls.required = required
class S1(Strict, required=5): pass
print(S1.required)
try:
    class S2(Strict): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class P(object, unexpected=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__init_subclass__())

class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Owner:
    a = D()
    b = D()
print(Owner.a.name, Owner.b.name)

class BadSN:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    class O2:
        x = BadSN()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
T = type("T", (), {"d": D()})
print(T.d.name)
