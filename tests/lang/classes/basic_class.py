class C:
    """Doc of C."""
    x = 1
    def __init__(self, a):
        self.a = a
    def get(self):
        return self.a + self.x

c = C(5)
print(c.get(), c.a, c.x, C.x)
print(C.__name__, C.__qualname__, C.__module__, C.__doc__)
print(type(c) is C, type(C) is type, isinstance(c, C), isinstance(c, object))
print(sorted(k for k in C.__dict__ if not k.startswith('__')))
print(sorted(c.__dict__))
c.x = 10
print(c.get(), C.x)
del c.x
print(c.get())
C.x = 100
print(c.get())
print(C.get(c))
print(C.__bases__, C.__mro__)
try:
    c.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    C.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.nothere
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(C))
class D:
    pass
print(D.__doc__, D().__dict__)
