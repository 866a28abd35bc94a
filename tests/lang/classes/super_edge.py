def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
class A:
    def f(self): return "A"
class B(A):
    def f(self):
        g = lambda: self
        return "B>" + super().f() + str(g() is self)
    def nosuper(self):
        del self
        return super().f()
    @staticmethod
    def st():
        return super().f()
print(B().f())
t(lambda: B().nosuper())
t(lambda: B.st())
def outside(self):
    return super().f()
t(lambda: outside(B()))
class K:
    def __init__(self):
        print(type(super()).__name__, super().__class__.__name__)
K()
class E(Exception):
    def __init__(self, msg):
        super().__init__("E: " + msg)
t(lambda: str(E("x")))
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D(); d["a"] = 1; print(d)
class Sz:
    __slots__ = ("a", "__dict__")
s = Sz(); s.a = 1; s.b = 2
print(s.a, s.b, s.__dict__)
class Deep:
    pass
for i in range(5):
    Deep = type("Deep", (Deep,), {"level": i})
print(Deep.level, len(Deep.__mro__))
t(lambda: object.__reduce_ex__(A(), 2)[0].__name__)
t(lambda: A().__reduce_ex__(2)[1])
class State:
    def __init__(self): self.v = 1
t(lambda: State().__reduce_ex__(2)[2])
t(lambda: State().__getstate__())
t(lambda: object().__getstate__())
class MroE:
    def __mro_entries__(self, bases):
        return (int,)
class X(MroE()): pass
t(lambda: X.__mro__)
t(lambda: type("Y", (MroE(),), {}))
t(lambda: super(B, B()).__get__(None, B) is not None)
sup = super(B)
t(lambda: sup.__get__(B(), B).f())
