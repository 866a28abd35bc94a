# An instance that keeps one of its own bound methods.
import gc
gc.disable()
gc.collect()
class A:
    def m(self):
        return 1
a = A()
a.keep = a.m
del a
print(gc.collect())
class B:
    __slots__ = ('keep',)
    def m(self):
        return 2
b = B()
b.keep = b.m
del b
print(gc.collect())
