# One object of a cycle resurrects the other: nothing of the cycle is freed.
import gc
gc.disable()
gc.collect()
keep = []
class A:
    def __del__(self):
        keep.append(self.partner)
class B:
    pass
a = A()
b = B()
a.partner = b
b.partner = a
del a, b
n = gc.collect()
print(n)
print(type(keep[0]).__name__, type(keep[0].partner).__name__)
keep.clear()
print(gc.collect())
