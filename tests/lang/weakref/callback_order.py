# when an object dies, callbacks run most-recently-created first, then __del__ order
import weakref
class C:
    pass
log = []
o = C()
r1 = weakref.ref(o, lambda r: log.append("r1"))
r2 = weakref.ref(o, lambda r: log.append("r2"))
p = weakref.proxy(o, lambda r: log.append("proxy"))
r3 = weakref.ref(o, lambda r: log.append("r3"))
del o
print(log)
log.clear()
o = C()
refs = [weakref.ref(o, lambda r, i=i: log.append(i)) for i in range(5)]
del refs[2]
del o
print(log)
# a ref without callback is shared; refs with callbacks are distinct
o = C()
a = weakref.ref(o)
b = weakref.ref(o)
c = weakref.ref(o, lambda r: None)
print(a is b, a is c, weakref.getweakrefcount(o))
# __del__ runs before the weakrefs are cleared, so it can still see itself
class D:
    def __del__(self):
        print("__del__ sees ref alive:", wr() is self)
d = D()
wr = weakref.ref(d, lambda r: print("callback sees", r()))
del d
print("end")
