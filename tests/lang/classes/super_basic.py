class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
    @staticmethod
    def s():
        return "A.s"
class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
class C(A):
    def f(self):
        return "C.f>" + super().f()
class D(B, C):
    def f(self):
        return "D.f>" + super().f()
print(D().f())
print(D.c(), B.c())
print(super(B, D()).f(), super(C, D()).f())
print(super(D, D).c())
print(super(B, B()).s())
sup = super(B, B())
print(sup.__thisclass__, sup.__self_class__, type(sup.__self__).__name__)
print(repr(super(B)).startswith("<super: <class 'B'>, NULL>"))
try:
    super(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(int, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(A, A()).f()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
class E(A):
    def __init__(self):
        super().__init__()
        self.x = 1
    def g(self):
        return super().__class__
print(E().x, E().g())
class F(list):
    def append(self, x):
        super().append(x * 2)
f = F()
f.append(2)
print(f)
class G:
    def m(self):
        def inner():
            return __class__
        return inner()
print(G().m())
