# Decorators on functions and methods, wrappers and attributes.
def trace(f):
    def wrapper(*args, **kwargs):
        print("call", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    wrapper.__name__ = f.__name__
    wrapper.__wrapped__ = f
    return wrapper

@trace
def add(a, b=0):
    return a + b

print(add(1, b=2))
print(add.__name__, add.__wrapped__.__name__)

def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco

@repeat(3)
def hello(x):
    return "hi " + x

print(hello("bob"))

class C:
    @staticmethod
    def s(x):
        return x * 2

    @classmethod
    def c(cls, x):
        return cls.__name__, x

    @property
    def p(self):
        return 42

print(C.s(2), C().s(3), C.c(1), C().c(2), C().p)

def d1(f):
    print("d1")
    return f

def d2(f):
    print("d2")
    return f

@d1
@d2
def stacked():
    return "s"

print(stacked())
print([f.__name__ for f in (add, hello, stacked)])
