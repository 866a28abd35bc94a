class A:
    x = "A"
    def m(self): return "A.m"
class B(A):
    pass
class C(A):
    x = "C"
    def m(self): return "C.m"
class D(B, C):
    pass
print(D.x, D().m(), [k.__name__ for k in D.__mro__])
A.y = "A.y"
print(D.y)
C.y = "C.y"
print(D.y)
del C.y
print(D.y)
B.m = lambda self: "B.m patched"
print(D().m())
del B.m
print(D().m())
class M(type):
    def mro(cls):
        return [cls, object]
class Weird(A, metaclass=M):
    pass
print([k.__name__ for k in Weird.__mro__], hasattr(Weird, "m"))
class BadMro(type):
    def mro(cls):
        return [cls, 1]
try:
    class W2(metaclass=BadMro): pass
except TypeError as e:
    print(type(e).__name__, e)
