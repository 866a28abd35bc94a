# The same cycle, but one instance's __dict__ was asked for: it counts too.
import gc
gc.disable()
gc.collect()
class A:
    pass
a = A()
b = A()
a.b = b
b.a = a
print(sorted(a.__dict__))
del a, b
print(gc.collect())
