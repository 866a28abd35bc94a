# A class is a cycle (its __mro__ holds it); dropping it frees it at collection.
import gc
import _weakref as weakref
gc.disable()
gc.collect()
class A:
    pass
r = weakref.ref(A)
del A
print(r() is None)
gc.collect()
print(r() is None)
class B:
    def m(self):
        return 1
class C(B):
    pass
rc = weakref.ref(C)
print(len(B.__subclasses__()))
del C
gc.collect()
print(rc() is None, B.__subclasses__())
