# weakref.WeakMethod (a subclass of ref with __slots__) from the standard library
import weakref
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
c = C(7)
wm = weakref.WeakMethod(c.get)
m = wm()
print(m(), m == c.get, isinstance(wm, weakref.ref), type(wm).__name__)
print(wm == weakref.WeakMethod(c.get), hash(wm) == hash(weakref.WeakMethod(c.get)))
del m
log = []
wm2 = weakref.WeakMethod(c.get, lambda r: log.append(r is wm2))
del c
print(wm(), wm2(), log)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(type(e).__name__, e)
