# A set holding an instance that refers back to the set.
import gc
gc.disable()
gc.collect()
class A:
    __slots__ = ('s', '__weakref__')
s = set()
a = A()
a.s = s
s.add(a)
del s, a
print(gc.collect())
fs = frozenset([A()])
next(iter(fs)).s = fs
del fs
print(gc.collect())
