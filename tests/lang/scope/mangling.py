# Private name mangling inside class bodies.
class Spam:
    __secret = 1
    __dunder__ = 2
    _single = 3
    ___triple = 4
    def __init__(self):
        self.__x = 'x'
    def get(self):
        return self.__x, self.__secret
    def __private_method(self):
        return 'pm'
    def call(self):
        return self.__private_method()
    class __Inner:
        __deep = 5

s = Spam()
print(s.get(), s.call())
print(sorted(k for k in vars(Spam) if not k.startswith('__') or k == '__dunder__'))
print(s._Spam__x, Spam._Spam__secret)
print(Spam._Spam__Inner._Inner__deep)
print(hasattr(s, '__x'))

class _Under:
    __a = 1
print([k for k in vars(_Under) if 'a' in k])

class __AllUnder__:
    pass
class ___:
    __b = 2
print([k for k in vars(___) if k.endswith('b')])

class Mangler:
    def f(self):
        __local = 1
        return locals()
    def g(self, __arg):
        return __arg
print(sorted(Mangler().f()), Mangler().g(7))
print(Mangler.g.__code__.co_varnames)

class Glob:
    def f(self):
        global __gval
        __gval = 'set'
Glob().f()
print(sorted(k for k in globals() if 'gval' in k))
