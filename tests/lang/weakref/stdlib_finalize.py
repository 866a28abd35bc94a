# weakref.finalize and weakref.proxy/ref through the weakref module
import weakref
class C:
    pass
log = []
c = C()
f = weakref.finalize(c, log.append, "finalized")
print(f.alive, f.atexit, log)
del c
print(f.alive, log)
c2 = C()
f2 = weakref.finalize(c2, lambda a, b=0: log.append(a + b), 1, b=2)
print(f2.peek()[0] is c2, f2.peek()[2:])
print(f2(), f2.alive, log)
print(f2(), f2.detach())
del c2
print(log)
c3 = C()
f3 = weakref.finalize(c3, log.append, "never")
print(f3.detach()[0] is c3, f3.alive)
del c3
print(log)
print(weakref.ref is weakref.ReferenceType, weakref.ProxyTypes)
print(type(weakref.proxy(C)).__name__)
