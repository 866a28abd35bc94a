# The class statement: __build_class__, metaclasses, __prepare__,
# __mro_entries__, __class__ cell, __init_subclass__, keywords.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        d = {"injected": True}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=Meta, flag=1):
    x = 1
    def m(self):
        return __class__

print(A.injected, A().m() is A, type(A).__name__)

class B(A, flag=2):
    pass
print(type(B).__name__)

class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()

class Child(Base, tag="t"):
    pass

class Alias:
    def __mro_entries__(self, bases):
        return (Base,)

class FromAlias(Alias()):
    pass

print(FromAlias.__bases__, FromAlias.__orig_bases__[0].__class__.__name__)

class S:
    def hello(self):
        return "S.hello"
class T(S):
    def hello(self):
        return "T+" + super().hello()
print(T().hello())

def make():
    local = 5
    class Inner:
        v = local
        def get(self):
            return local
    return Inner
I = make()
print(I.v, I().get(), I.__qualname__)

class Ordered:
    b = 1
    a = 2
    def c(self): pass
print([k for k in Ordered.__dict__ if not k.startswith("__")])

try:
    class Bad(metaclass=Meta, **{"x": 1}):
        pass
except Exception as e:
    print(type(e).__name__)

class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Conflict(P1, P2):
        pass
except TypeError as e:
    print(e)

class WithDoc:
    "the doc"
    attr: int = 3
print(WithDoc.__doc__, WithDoc.__annotations__, WithDoc.__module__)

class Decorated:
    pass
def deco(cls):
    cls.tagged = True
    return cls
@deco
class D2:
    pass
print(D2.tagged)
class_var = "global"
class Scope:
    class_var = "class"
    def method(self):
        return class_var
print(Scope().method())
class Comp:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(Comp.doubled)
