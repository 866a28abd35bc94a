# Class bodies run in the namespace from __prepare__; LOAD_NAME and
# LOAD_CLASSDEREF look there first.
class LoggingDict(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return LoggingDict()
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))

class A(metaclass=Meta, flag=1):
    x = 1
    def m(self):
        return 1

def outer():
    v = 'outer v'
    class B:
        try:
            print('B sees', v)
        except NameError as e:
            print('B:', e)
        v = 'class v'
        w = v
    return B.w
print(outer())

def outer2():
    v = 'free'
    class C:
        def get(self):
            return v
    return C().get()
print(outer2())
print(A.x, type(A).__name__)
