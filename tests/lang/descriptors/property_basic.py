def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x property"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("deleting")
        del self._x
c = C()
c.x = 5
print(c.x, C.x.__doc__, type(C.x).__name__)
del c.x
t(lambda: c.x)
class RO:
    @property
    def y(self):
        return 1
r = RO()
t(lambda: setattr(r, "y", 2))
t(lambda: delattr(r, "y"))
p = property()
t(lambda: p.__get__(1))
t(lambda: p.__set__(1, 2))
t(lambda: p.__delete__(1))
t(lambda: property(1, 2, 3, 4, 5))
t(lambda: property(fget=len).fget)
t(lambda: property(doc="D").__doc__)
t(lambda: property(lambda s: 1, doc="D2").__doc__)
t(lambda: property().fget)
print(C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__)
print(C.__dict__["x"].__get__(None, C) is C.x)
print(property.__isabstractmethod__.__class__.__name__, p.__isabstractmethod__)
class Sub(property):
    pass
sp = Sub(lambda self: 3, doc="sub doc")
print(sp.__doc__, type(sp).__name__)
class UsesSub:
    v = Sub(lambda self: 42)
print(UsesSub().v)
