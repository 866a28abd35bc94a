# subclassing ref from Python
from _weakref import ref, getweakrefcount, getweakrefs
class C:
    pass
class MyRef(ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)
    def __call__(self):
        self.called = True
        return super().__call__()
o = C()
mr = MyRef(o, value=24)
print(mr() is o, mr.called, mr.value, isinstance(mr, ref), type(mr).__name__)
print(mr is ref(o), getweakrefcount(o))
try:
    MyRef(o, None, 1)
except TypeError as e:
    print(type(e).__name__, e)
class Plain(ref):
    pass
try:
    Plain(o, callback=None)
except TypeError as e:
    print(type(e).__name__, e)
p1 = Plain(o)
p2 = Plain(o)
print(p1 is p2, p1 == p2, getweakrefcount(o))
class Extra(ref):
    __slots__ = ("extra",)
    def __new__(cls, ob, callback=None, extra=None):
        self = super().__new__(cls, ob, callback)
        self.extra = extra
        return self
    def __init__(self, ob, callback=None, extra=None):
        super().__init__(ob, callback)
e = Extra(o, None, "x")
print(e.extra, e() is o, hasattr(e, "__dict__"))
log = []
class Cb(ref):
    def __init__(self, ob, callback):
        super().__init__(ob, callback)
        self.tag = "t"
cr = Cb(o, lambda r: log.append((type(r).__name__, r.tag, r())))
r0 = ref(o)
lst = getweakrefs(o)
print(lst[0] is r0, len(lst))
del o
print(log, mr(), mr.value)
print(mr.__callback__, cr.__callback__ is not None)
class WithWeak(ref):
    __slots__ = ("a", "__weakref__")
x = C()
w = WithWeak(x)
rw = ref(w)
print(rw() is w)
del w
print(rw())
