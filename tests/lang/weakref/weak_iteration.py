# weak containers tolerate referents dying while they are iterated: removals
# are deferred until the iteration ends
import weakref
class K:
    def __init__(self, n):
        self.n = n
keys = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary((k, k.n) for k in keys)
seen = []
for k in d:
    seen.append(k.n)
    if k.n == 0:
        del keys[3]
print(sorted(seen), len(d))
vals = [K(i) for i in range(4)]
v = weakref.WeakValueDictionary((o.n, o) for o in vals)
count = 0
for key, obj in v.items():
    count += 1
    if count == 1:
        vals.pop()
    del obj
print(count in (3, 4), len(v))
s = weakref.WeakSet(K(i) for i in range(3))
print(len(s))
members = [K(i) for i in range(3)]
s = weakref.WeakSet(members)
for m in s:
    members.clear()
    break
del m
print(len(s))
