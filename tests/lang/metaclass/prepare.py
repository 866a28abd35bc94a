class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=OrderedMeta, flag=1):
    y = injected + 1
print(A.injected, A.y)
print(type.__prepare__("x", ()), type.__prepare__())
class LogDict(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class LM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LogDict()
class B(metaclass=LM):
    a = 1
    def f(self): pass
print(type(B.__dict__).__name__, B.a)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class C(metaclass=BadPrepare): pass
except TypeError as e:
    print(type(e).__name__, e)
