# Weak references to garbage are cleared and their callbacks called.
import gc, _weakref
gc.disable()
gc.collect()
class A:
    pass
log = []
a = A()
a.me = a
r = _weakref.ref(a, lambda ref: log.append(ref() is None))
r2 = _weakref.ref(a)
del a
print(r() is not None)
print(gc.collect())
print(log, r(), r2())
