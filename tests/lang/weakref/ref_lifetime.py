# weak references never keep their referent alive
import sys
import weakref
class C:
    def __del__(self):
        print("C died")
c = C()
before = sys.getrefcount(c)
refs = [weakref.ref(c, lambda r: None) for _ in range(3)]
p = weakref.proxy(c)
print("refcount unchanged:", sys.getrefcount(c) == before)
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
del c
print([r() for r in refs], weakref.getweakrefcount(refs[0]))
def make():
    local = C()
    return weakref.ref(local)
r = make()
print("after make:", r())
lst = [C()]
r = weakref.ref(lst[0])
lst.pop()
print("after pop:", r())
class Holder:
    pass
h = Holder()
h.me = weakref.ref(h)
print(h.me() is h)
w = h.me
del h
print(w())
