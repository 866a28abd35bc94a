# Function object attributes.
def f(a, b: int = 1, *, c: str = "x") -> list:
    "docstring here"
    return a

print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__annotations__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__globals__ is globals(), f.__closure__)
print(type(f).__name__, callable(f))
f.custom = 5
print(f.custom, f.__dict__)
f.__name__ = "renamed"
print(f.__name__)
try:
    f.__name__ = 3
except TypeError as e:
    print(e)
try:
    f.__defaults__ = 3
except TypeError as e:
    print(e)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
f.__defaults__ = (2,)
print(f(1))
del f.__kwdefaults__
print(f.__kwdefaults__)

class A:
    def meth(self):
        pass
    class B:
        def inner(self):
            def local():
                pass
            return local

print(A.meth.__qualname__, A.B.inner.__qualname__, A.B().inner().__qualname__)
print(repr(A().meth).startswith("<bound method A.meth of <__main__.A object at"))
print(repr(f).startswith("<function renamed at 0x"))
print(A().meth.__self__.__class__.__name__, A().meth.__func__ is A.meth)
g = lambda: None
print(g.__name__, g.__doc__)
def nodoc():
    x = "not a doc"
print(nodoc.__doc__)
