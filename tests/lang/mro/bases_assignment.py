def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
class C(A): pass
c = C()
print(c.f(), C.__bases__)
C.__bases__ = (B,)
print(c.f(), C.__bases__, [k.__name__ for k in C.__mro__])
t(lambda: setattr(C, "__bases__", ()))
t(lambda: setattr(C, "__bases__", 1))
t(lambda: setattr(C, "__bases__", (1,)))
t(lambda: setattr(A, "__bases__", (C,)))
t(lambda: setattr(int, "__bases__", (object,)))
t(lambda: setattr(C, "__bases__", (int,)))
class D(C): pass
C.__bases__ = (A,)
print(D().f(), [k.__name__ for k in D.__mro__])
