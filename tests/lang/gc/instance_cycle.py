# Two instances pointing at each other (no __dict__ materialized in 3.11).
import gc
gc.disable()
gc.collect()
class A:
    pass
a = A()
b = A()
a.b = b
b.a = a
del a, b
print(gc.collect())
