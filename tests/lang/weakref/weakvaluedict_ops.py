# WeakValueDictionary: entries vanish with their values
import weakref
class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "V(%d)" % self.n
vals = [V(i) for i in range(4)]
d = weakref.WeakValueDictionary((str(v.n), v) for v in vals)
print(len(d), sorted(d))
del vals[1]
print(len(d), sorted(d), "1" in d)
print(d.get("1"), d.get("2"), d["3"])
try:
    d["1"]
except KeyError as e:
    print("KeyError", e)
v = V(9)
print(d.setdefault("9", v) is v, d.setdefault("9", V(8)) is v)
print(d.pop("9") is v, len(d))
print(sorted(r().n for r in d.valuerefs()), sorted(r().n for r in d.itervaluerefs()))
k, val = d.popitem()
print(type(k).__name__, type(val).__name__, len(d))
tmp = d.setdefault("tmp", V(7))
print(tmp, len(d))
del tmp
print(len(d), "tmp" in d)
try:
    d["int"] = 5
except TypeError as e:
    print("TypeError", e)
vals.clear()
print(len(d), list(d.items()))
d2 = weakref.WeakValueDictionary()
x = V(1)
d2["a"] = x
d2["b"] = x
del x
print(len(d2))
