import _weakref, sys
class C:
    def m(self): pass
c = C()
r = _weakref.ref(c)
print(type(r).__name__, type(r).__module__, r() is c, _weakref.getweakrefcount(c), _weakref.getweakrefs(c) == [r])
r2 = _weakref.ref(c)
print(r is r2, hash(r) == hash(c), r == r2)
def cb(ref):
    print("callback", ref is r3, ref())
r3 = _weakref.ref(c, cb)
print(r3 is r, _weakref.getweakrefcount(c), r3.__callback__ is cb, r.__callback__)
try:
    _weakref.ref(1)
except TypeError as e:
    print(type(e).__name__, e)
p = _weakref.proxy(c)
print(type(p).__name__, p.m() is None)
del c
print(r(), r3())
try:
    p.m
except ReferenceError as e:
    print(type(e).__name__, e)
print(_weakref.ReferenceType, _weakref.ProxyType, _weakref.CallableProxyType)
class D: pass
d = D()
rr = _weakref.ref(d)
print(repr(rr).startswith("<weakref at 0x"), "to 'D' at" in repr(rr))
del d
print(repr(rr).endswith("; dead>"))
try:
    hash(rr)
except TypeError as e:
    print(type(e).__name__, e)
def f(): pass
rf = _weakref.ref(f)
print("(f)" in repr(rf))
class Sub(_weakref.ref):
    def __new__(cls, ob, callback=None, extra=None):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
        self.extra = extra
e = C()
s = Sub(e, None, 5)
print(s.extra, s() is e, _weakref.getweakrefcount(e))
print(_weakref.ref(e) is not s)
d2 = {"k": rr}
_weakref._remove_dead_weakref(d2, "k")
print(d2)
cp = _weakref.proxy(f)
print(type(cp).__name__, callable(cp))
print(cp() is None)
x = C()
px = _weakref.proxy(x)
px.attr = 5
print(x.attr, px.attr, bool(px))
try:
    hash(px)
except TypeError as e:
    print(type(e).__name__, e)
class W:
    pass
w = W()
print(w.__weakref__ is None)
r = _weakref.ref(w)
print(w.__weakref__ is r)
class NoWeak:
    __slots__ = ()
try:
    _weakref.ref(NoWeak())
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    pass
try:
    _weakref.ref(IntSub(1))
except TypeError as e:
    print(type(e).__name__, e)
calls = []
class Obj:
    pass
o = Obj()
refs = [_weakref.ref(o, lambda r, i=i: calls.append(i)) for i in range(3)]
del o
print(calls)
print(_weakref.ref(int)() is int, _weakref.ref(len)() is len)
