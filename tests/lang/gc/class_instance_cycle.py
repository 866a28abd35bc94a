# A class that keeps one of its instances as a class attribute.
import gc
import _weakref as weakref
gc.disable()
gc.collect()
class A:
    pass
A.inst = A()
r = weakref.ref(A.inst)
rc = weakref.ref(A)
del A
gc.collect()
print(r() is None, rc() is None)
