def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: isinstance(1, int))
check(lambda: isinstance(True, int))
check(lambda: isinstance(1, (str, float)))
check(lambda: isinstance(1, (str, (float, int))))
check(lambda: isinstance(1, int | str))
check(lambda: isinstance(1, 2))
check(lambda: isinstance(1))
check(lambda: isinstance(1, ()))
check(lambda: issubclass(bool, int))
check(lambda: issubclass(int, bool))
check(lambda: issubclass(bool, (str, int)))
check(lambda: issubclass(int, int | str))
check(lambda: issubclass(1, int))
check(lambda: issubclass(int, 1))
check(lambda: issubclass(int, object))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is str
class M(metaclass=Meta):
    pass
check(lambda: isinstance('magic', M))
check(lambda: isinstance('other', M))
check(lambda: issubclass(str, M))
check(lambda: issubclass(int, M))
class Base: pass
class Derived(Base): pass
check(lambda: isinstance(Derived(), Base))
check(lambda: issubclass(Derived, (int, Base)))
check(lambda: isinstance(Derived, type))
