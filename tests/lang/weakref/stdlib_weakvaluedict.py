# weakref.WeakValueDictionary from the standard library
import weakref
class C:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "C(%d)" % self.n
objs = [C(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for o in objs:
    d[o.n] = o
print(len(d), sorted(d.keys()), d[2], d.get(9), 3 in d)
del objs[0]
print(len(d), sorted(d))
objs.pop()
print(len(d), sorted(d), sorted(v.n for v in d.values()))
print(sorted((k, v.n) for k, v in d.items()))
x = objs[0]
del objs[:]
print(len(d), list(d.items()))
try:
    d[99]
except KeyError as e:
    print(type(e).__name__, e)
print(d.setdefault(1, x) is x, d.pop(1) is x, len(d))
d2 = weakref.WeakValueDictionary({"a": x})
print(d2["a"], len(d2.copy()), list(d2.valuerefs())[0]() is x)
del x
print(len(d2), dict(d2))
