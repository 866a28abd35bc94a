# WeakMethod: dies with its instance, not with the bound method object
import weakref
class C:
    def meth(self):
        return "called on %s" % self.name
    def __init__(self, name):
        self.name = name
c = C("c")
plain = weakref.ref(c.meth)
print("plain ref to a bound method is dead at once:", plain() is None)
wm = weakref.WeakMethod(c.meth)
print(wm()(), wm() == c.meth, wm() is c.meth)
log = []
wm2 = weakref.WeakMethod(c.meth, lambda r: log.append("cb" if r is wm2 else "?"))
print(wm == wm2, wm == weakref.WeakMethod(c.meth), hash(wm) == hash(wm2))
d = C("d")
print(wm == weakref.WeakMethod(d.meth))
del c
print(wm(), wm2(), log)
print(wm == wm2, wm != wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod(C.meth)
except TypeError as e:
    print("TypeError", e)
# the function going away (class redefinition) also kills it
class E:
    def m(self):
        return 1
e = E()
we = weakref.WeakMethod(e.m)
del E.m
print(we())
