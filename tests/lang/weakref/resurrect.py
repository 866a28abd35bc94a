# __del__ runs before weak references are cleared; resurrection keeps them alive
from _weakref import ref, getweakrefcount
saved = []
done = []
class R:
    def __del__(self):
        # (CPython runs __del__ only once per object; do not depend on it)
        if not done:
            print("__del__, refs:", getweakrefcount(self))
            done.append(1)
            saved.append(self)
r = R()
w = ref(r, lambda x: print("callback"))
del r
print("alive:", w() is saved[0])
saved.clear()
print("after clear:", w())
# a callback that drops other references and makes new ones
class C:
    pass
keep = {}
def cb(x):
    keep.pop("other", None)
    keep["new"] = ref(anchor)
    print("cb", x() is None, sorted(keep))
anchor = C()
o = C()
keep["other"] = ref(o, lambda x: print("other cb"))
w1 = ref(o, cb)
del o
print(keep["new"]() is anchor)
