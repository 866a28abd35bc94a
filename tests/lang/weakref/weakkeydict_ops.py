# WeakKeyDictionary: entries vanish with their keys
import weakref
class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K(%d)" % self.n
keys = [K(i) for i in range(5)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n * 10
print(len(d), sorted(d.values()))
del keys[0]
print(len(d), sorted(k.n for k in d))
print(d.get(keys[0]), keys[0] in d, K(99) in d, d.get(K(99), "missing"))
print(d.setdefault(keys[1], -1), d.setdefault(K(50), 5), len(d))
print(d.pop(keys[1]), len(d))
try:
    d.pop(K(77))
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
print(d.pop(K(77), "dflt"))
refs = d.keyrefs()
print(len(refs), sorted(r().n for r in refs))
d.update({keys[0]: "updated"})
print(d[keys[0]])
c = d.copy()
print(type(c).__name__, len(c))
keys.clear()
print(len(d), len(c), list(d.items()))
try:
    d["str"] = 1
except TypeError as e:
    print("TypeError", e)
e = weakref.WeakKeyDictionary({K(1): 1})
print(len(e))
k = K(3)
e[k] = 3
item = e.popitem()
print(item[0] is k, item[1], len(e))
try:
    e.popitem()
except KeyError as err:
    print("KeyError", err)
k2 = K(4)
e[k2] = 4
del e[k2]
print(len(e))
