class C:
    pass

c = C()
C.f = lambda self: "f"
print(c.f())
C.g = staticmethod(lambda: "static")
print(c.g(), C.g())
C.h = classmethod(lambda cls: cls.__name__)
print(c.h(), C.h())
del C.f
print(hasattr(c, "f"))
try:
    del C.f
except AttributeError as e:
    print(type(e).__name__, e)
C.__name__ = "Renamed"
print(C.__name__, C, C.__qualname__)
C.__qualname__ = "Q.R"
print(C.__qualname__, repr(C))
try:
    C.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
C.__module__ = "mod"
print(repr(C))
C.__doc__ = "new doc"
print(C.__doc__)
