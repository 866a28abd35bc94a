import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def g(self): pass
    @property
    @abc.abstractmethod
    def p(self): pass
try:
    Base()
except TypeError as e:
    print(type(e).__name__, e)
class Half(Base):
    def f(self): return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)
class Full(Half):
    def g(self): return 2
    @property
    def p(self): return 3
x = Full()
print(x.f(), x.g(), x.p, isinstance(x, Base), sorted(Base.__abstractmethods__))
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(1, Reg), issubclass(int, Reg), issubclass(str, Reg))
from collections.abc import Iterable, Sized
class Sz:
    def __len__(self): return 0
print(isinstance(Sz(), Sized), isinstance(Sz(), Iterable), isinstance([], Iterable))
