# Zero-argument super() reading the frame: generators, classmethods, lambdas.
class A:
    def items(self):
        yield "A"
    @classmethod
    def make(cls):
        return "A.make " + cls.__name__
    def __init_subclass__(cls, **kw):
        print("A init_subclass", cls.__name__)
class B(A):
    def items(self):
        yield "B"
        yield from super().items()
    @classmethod
    def make(cls):
        return "B+" + super().make()
    def lam(self):
        f = lambda: super(B, self).make()
        return f()
print(list(B().items()), B.make(), B().lam())
class C(B):
    def items(self):
        def inner():
            return __class__
        yield inner().__name__
        yield from super().items()
print(list(C().items()))
try:
    def f():
        super()
    f()
except RuntimeError as e:
    print(e)
class D:
    def m(self):
        del self
        super().m()
try:
    D().m()
except Exception as e:
    print(type(e).__name__, e)
