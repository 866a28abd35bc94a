# weakref.WeakSet from the standard library
import weakref
class C:
    def __init__(self, n):
        self.n = n
objs = [C(i) for i in range(5)]
s = weakref.WeakSet(objs)
print(len(s), objs[0] in s, C(1) in s)
del objs[0]
print(len(s))
objs.pop()
print(len(s), sorted(o.n for o in s))
t = weakref.WeakSet(objs[:1])
print(len(s - t), len(s & t), len(s | t), t <= s, s >= t, t.issubset(s))
s.discard(objs[0])
print(len(s))
s.add(objs[0])
print(len(s), type(s).__name__)
del objs[:]
print(len(s), len(t), list(s))
try:
    s.add(1)
except TypeError as e:
    print(type(e).__name__, e)
