# WeakSet: members vanish; set operations and comparisons
import weakref
class O:
    def __init__(self, n):
        self.n = n
objs = [O(i) for i in range(6)]
s = weakref.WeakSet(objs[:4])
t = weakref.WeakSet(objs[2:])
print(len(s), len(t))
print(sorted(o.n for o in s | t), sorted(o.n for o in s & t))
print(sorted(o.n for o in s - t), sorted(o.n for o in s ^ t))
print(s.issubset(objs), s <= weakref.WeakSet(objs), s < t, s == weakref.WeakSet(objs[:4]))
print(s.isdisjoint(weakref.WeakSet(objs[4:])))
del objs[0]
print(len(s), sorted(o.n for o in s))
s.discard(objs[0])
s.remove(objs[1])
try:
    s.remove(O(9))
except KeyError:
    print("KeyError on remove")
print(len(s))
p = s.pop()
print(p.n, len(s))
s.add(objs[-1])
print(objs[-1] in s, 5 in s, O(1) in s)
u = s.copy()
s.clear()
print(len(s), len(u))
s.update(objs)
s.difference_update(objs[:2])
print(sorted(o.n for o in s))
s.intersection_update(objs[2:4])
print(sorted(o.n for o in s))
s.symmetric_difference_update(objs[3:])
print(sorted(o.n for o in s))
try:
    s.add(1)
except TypeError as e:
    print("TypeError", e)
objs.clear()
print(len(s), len(u), [o.n for o in s], p.n)
