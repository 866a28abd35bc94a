class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kwargs = kwargs
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, x=1, y=2):
    pass
print(A.kwargs)
class B(A, z=3):
    pass
print(B.kwargs, type(B).__name__)
try:
    class C(metaclass=type, bad=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
M2 = type("M2", (type,), {"hello": lambda cls: "hello " + cls.__name__})
D = M2("D", (), {})
print(D.hello(), type(D).__name__, type(type(D)).__name__)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
class CallCount(type):
    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by_meta = True
        return inst
class Obj(metaclass=CallCount):
    def __init__(self, v):
        self.v = v
o = Obj(3)
print(o.v, o.created_by_meta)
print(type.__call__(Obj, 4).created_by_meta if hasattr(type.__call__(Obj, 4), "created_by_meta") else "plain type.__call__")
