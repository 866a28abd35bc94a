class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = "tagged"
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)
    def meta_method(cls):
        return "meta method of " + cls.__name__
    @property
    def meta_prop(cls):
        return "meta prop " + cls.__name__

class A(metaclass=Meta):
    x = 1
    def __init__(self, v):
        self.v = v

class B(A, extra=1):
    @classmethod
    def __init_subclass__(cls, **kw):
        pass

a = A(5)
print(a.v, A.tag, type(A).__name__, type(B).__name__, A.meta_method(), A.meta_prop)
print(hasattr(a, "meta_method"), isinstance(A, Meta), issubclass(Meta, type))
print(repr(A).replace(__name__, "M"), B.tag)
try:
    a.meta_method()
except AttributeError as e:
    print(type(e).__name__, e)
