# callbacks run at the moment the referent dies, with the ref as argument
from _weakref import ref
class C:
    pass
log = []
def cb(r):
    log.append(("cb", r is wr, r()))
c = C()
wr = ref(c, cb)
print("before del", log)
del c
print("after del", log)
print(wr.__callback__)
# several callbacks: most recent first, as CPython's list order
order = []
o = C()
refs = [ref(o, lambda r, i=i: order.append(i)) for i in range(4)]
del o
print(order)
# a callback that is None
o = C()
r0 = ref(o, None)
print(r0.__callback__)
del o
print(r0())
# callback not called if the ref dies first
o = C()
r1 = ref(o, lambda r: print("never"))
del r1
del o
print("ok")
# callback sees the reference dead
o = C()
def cb2(r):
    print("cb2", r(), r is r2)
r2 = ref(o, cb2)
o = None
print("done")
