# sys.getrefcount seen from inside calls: arguments, locals, *args, **kwargs
import sys
class C:
    def meth(self):
        return sys.getrefcount(self)
    @classmethod
    def cm(cls):
        return sys.getrefcount(cls) > 2
x = C()
def one(a):
    return sys.getrefcount(a)
def with_local(a):
    b = a
    return sys.getrefcount(a)
def kwonly(*, a):
    return sys.getrefcount(a)
def star(*args):
    return sys.getrefcount(x)
def starstar(**kw):
    return sys.getrefcount(x)
def default(a=x):
    return sys.getrefcount(a)
print("argument", one(x))
print("argument + local", with_local(x))
print("keyword-only", kwonly(a=x))
print("*args", star(x))
print("**kwargs", starstar(k=x))
print("default", default())
print("after calls", sys.getrefcount(x))
print("self of a temporary", C().meth())
print("self of a global", x.meth())
print("classmethod", C.cm())
def local_only():
    z = C()
    return sys.getrefcount(z)
print("local", local_only())
def in_cell():
    z = C()
    def inner():
        return z
    return sys.getrefcount(z)
print("cell", in_cell())
m = x.meth
print("bound method holds self", sys.getrefcount(x))
del m
print("released", sys.getrefcount(x))
def gen(a):
    yield sys.getrefcount(a)
g = gen(x)
print("generator arg", next(g))
del g
print("generator gone", sys.getrefcount(x))
lam = lambda a: sys.getrefcount(a)
print("lambda", lam(x))
print("builtin arg", sys.getrefcount(x))
