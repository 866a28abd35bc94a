# is_finalized for objects without finalizers and after a finalizer ran.
import gc
gc.disable()
gc.collect()
print(gc.is_finalized(1), gc.is_finalized([]), gc.is_finalized(None))
class A:
    pass
print(gc.is_finalized(A()))
keep = []
class B:
    def __del__(self):
        keep.append(self)
b = B()
b.me = b
del b
gc.collect()
print(gc.is_finalized(keep[0]))
