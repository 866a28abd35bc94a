# gc.collect() called from a __del__ during a collection returns 0.
import gc
gc.disable()
gc.collect()
results = []
class A:
    def __del__(self):
        results.append(gc.collect())
a = A()
a.me = a
del a
print(gc.collect())
print(results)
