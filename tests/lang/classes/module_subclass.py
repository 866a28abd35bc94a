import sys, types
class LazyModule(types.ModuleType):
    def __getattr__(self, name):
        return "lazy " + name
    def __repr__(self):
        return "<LazyModule>"
m = types.ModuleType("mymod")
m.__class__ = LazyModule
print(m.anything, repr(m), type(m).__name__)
mod = sys.modules[__name__]
mod.__class__ = LazyModule
print(mod.whatever)
class M2(types.ModuleType):
    pass
x = M2("x", "docstr")
print(x.__doc__, x.__name__, x.__dict__.keys())
x.__dict__["y"] = 1
print(x.y, dir(x))
try:
    m.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
