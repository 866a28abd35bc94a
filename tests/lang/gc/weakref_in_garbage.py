# A weakref that is itself garbage does not call its callback.
import gc, _weakref
gc.disable()
gc.collect()
class A:
    pass
log = []
a = A()
a.me = a
a.ref = _weakref.ref(a, lambda r: log.append('called'))
del a
print(gc.collect())
print(log)
b = A()
c = A()
b.c = c
c.b = b
b.ref_to_c = _weakref.ref(c, lambda r: log.append('called2'))
del b, c
print(gc.collect())
print(log)
