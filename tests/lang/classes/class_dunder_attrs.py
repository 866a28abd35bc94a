class Outer:
    class Inner:
        def m(self):
            pass
    def f(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.Inner.m.__qualname__)
print(Outer().f().__qualname__)
print(Outer.__module__, Outer.Inner.__module__)
print(Outer.__base__, Outer.__bases__, bool.__base__, bool.__mro__)
print(type.__base__, object.__base__, object.__bases__, object.__mro__)
print(int.__name__, int.__qualname__, int.__module__)
print(type(Outer.__dict__).__name__, Outer.__dict__["f"].__name__)
try:
    Outer.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print("f" in Outer.__dict__, len(Outer.__dict__) > 2)
print(Outer.__dict__.get("nope", "dflt"), list(Outer.__dict__.keys())[:2])
print(Outer.__subclasses__(), object.__subclasses__ is not None)
class Sub1(Outer): pass
class Sub2(Outer): pass
print(Outer.__subclasses__())
print(Outer.mro(), Sub1.mro())
print(type.mro(Sub2))
print(Outer.__class__, Sub1.__class__)
print(Outer.__flags__ & (1 << 9) != 0, int.__flags__ & (1 << 9) != 0)
class WithAnn:
    x: int
    y: str = "a"
print(WithAnn.__annotations__)
class NoAnn:
    pass
print(NoAnn.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Outer.__dict__["__dict__"]).__name__, type(Outer.__dict__["__weakref__"]).__name__)
print(Outer.__dict__["__doc__"], Outer.__doc__)
print(int.__doc__[:30])
