def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

class A: pass
class B(A): pass
class C: pass
t(lambda: isinstance(B(), A))
t(lambda: isinstance(B(), (C, A)))
t(lambda: isinstance(B(), (C, (int, A))))
t(lambda: isinstance(1, (str, bytes)))
t(lambda: isinstance(True, int))
t(lambda: issubclass(B, A))
t(lambda: issubclass(B, (C,)))
t(lambda: issubclass(bool, (int,)))
t(lambda: issubclass(A, B))
t(lambda: isinstance(1, 1))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(int, (1,)))
t(lambda: isinstance(1, ()))
t(lambda: issubclass(A, object))
t(lambda: isinstance(A, type))
t(lambda: isinstance(type, type))
t(lambda: issubclass(type, object))

class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
t(lambda: isinstance(42, Magic))
t(lambda: isinstance(41, Magic))
t(lambda: isinstance(Magic(), Magic))
t(lambda: issubclass(int, Magic))
t(lambda: issubclass(Magic, Magic))
t(lambda: isinstance(42, (str, Magic)))

class FakeClass:
    __bases__ = ()
class Proxy:
    @property
    def __class__(self):
        return B
t(lambda: isinstance(Proxy(), A))
t(lambda: isinstance(Proxy(), Proxy))
class Abstractish:
    def __init__(self, bases):
        self.__bases__ = bases
x = Abstractish(())
y = Abstractish((x,))
t(lambda: issubclass(y, x))
t(lambda: issubclass(x, y))
