# _weakrefset.WeakSet (used by abc) and abc's registry work over _weakref
import abc
from _weakrefset import WeakSet
class C:
    def __init__(self, n):
        self.n = n
objs = [C(i) for i in range(4)]
ws = WeakSet(objs)
print(len(ws), objs[1] in ws, C(9) in ws)
del objs[1:3]
print(len(ws), sorted(o.n for o in ws))
for o in ws:
    objs.clear()
    break
print(len(ws))
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass
class Impl(Base):
    def f(self):
        return "impl"
class Virtual:
    pass
Base.register(Virtual)
print(Impl().f(), isinstance(Impl(), Base), issubclass(Virtual, Base), isinstance(Virtual(), Base))
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
def make():
    class Temp:
        pass
    Base.register(Temp)
    return Temp
T = make()
print(issubclass(T, Base), issubclass(int, Base))
