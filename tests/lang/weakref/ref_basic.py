# weakref.ref: calling, sharing of the callback-less ref, liveness
from _weakref import ref, getweakrefcount
class C:
    pass
c = C()
r = ref(c)
print(r() is c, type(r).__name__, type(r) is ref)
print(ref(c) is r, ref(c, None) is r)
r_cb = ref(c, lambda x: None)
print(r_cb is r, r_cb() is c, getweakrefcount(c))
del c
print(r(), r_cb(), getweakrefcount(r))
print(callable(r), r.__callback__)
def f():
    pass
rf = ref(f)
print(rf() is f, rf.__callback__)
print(ref(int)() is int, ref(len)() is len)
