# Instances of classes with unusual layouts: slots on a plain base, a
# metaclass, tuple/dict bases, a __new__ that sets attributes early.
import copy, pickle, sys
class A: pass
class S(A):
    __slots__ = ('z',)
s = S(); s.z = 1; s.k = 2
c = copy.copy(s); print(c.z, vars(c))
print(pickle.loads(pickle.dumps(s, 2)).z)
print(s.__reduce_ex__(2)[2])
class M(type): pass
class K(metaclass=M): pass
k = K(); k.a = 1; print(vars(k), sys.getsizeof(k))
class T(tuple): pass
t = T((1,)); t.x = 1; print(vars(t), copy.copy(t).x)
class Mixed(A, dict): pass
m = Mixed(a=1); m.attr = 2; print(m, vars(m))
class WithNew:
    def __new__(cls, *a):
        o = super().__new__(cls); o.early = 1; return o
    def __init__(self, v): self.v = v
w = WithNew(5); print(vars(w))
print([vars(WithNew(i)) for i in range(3)])
import types
ns = types.SimpleNamespace(a=1); print(vars(ns))
class F:
    def f(self): pass
f = F(); f.f.__func__; print(hasattr(f.f, '__self__'))
