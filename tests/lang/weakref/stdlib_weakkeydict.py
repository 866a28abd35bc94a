# weakref.WeakKeyDictionary from the standard library
import weakref
class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K(%d)" % self.n
keys = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n * 10
print(len(d), d[keys[1]], keys[2] in d, K(9) in d, sorted(d.values()))
del keys[1]
print(len(d), sorted(k.n for k in d))
k0 = keys[0]
del keys[:]
print(len(d), list(d.items()))
print(d.get(k0), d.pop(k0), len(d))
d[k0] = "again"
print(list(d.keyrefs())[0]() is k0)
del k0
print(len(d))
try:
    d[1] = 2
except TypeError as e:
    print(type(e).__name__, e)
