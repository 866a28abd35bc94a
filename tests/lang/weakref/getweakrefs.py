# getweakrefcount / getweakrefs and the order of an object's list
from _weakref import ref, proxy, getweakrefcount, getweakrefs
class C:
    pass
def cb(r):
    pass
o = C()
print(getweakrefcount(o), getweakrefs(o))
r1 = ref(o, cb)
r2 = ref(o, cb)
r0 = ref(o)
p = proxy(o)
p2 = proxy(o, cb)
print(getweakrefcount(o))
lst = getweakrefs(o)
print([x is y for x, y in zip(lst, [r0, p, p2, r2, r1])])
print(proxy(o) is p, proxy(o, None) is p, proxy(o, cb) is p2)
del r2
print(getweakrefcount(o))
del p
print(getweakrefcount(o), getweakrefs(o)[0] is r0)
print(getweakrefcount(1), getweakrefs(1), getweakrefcount(None))
del o
print(getweakrefcount(r0), getweakrefs(r0))
f = lambda: 0
rs = [ref(f, cb) for i in range(5)]
print(getweakrefcount(f))
del rs[:3]
print(getweakrefcount(f))
