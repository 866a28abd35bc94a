class Data:
    def __init__(self):
        self.store = {}
    def __get__(self, obj, owner):
        if obj is None:
            return ("class access", owner.__name__)
        return self.store.get(id(obj), "unset")
    def __set__(self, obj, value):
        self.store[id(obj)] = value
    def __delete__(self, obj):
        print("delete called")
        self.store.pop(id(obj), None)

class NonData:
    def __get__(self, obj, owner):
        return "nondata"

class C:
    d = Data()
    n = NonData()

c = C()
print(C.d, c.d)
c.d = 5
print(c.d, c.__dict__)
c.__dict__["d"] = "shadow"
print(c.d)
del c.d
print(c.d)
print(c.n)
c.n = "instance"
print(c.n)
del c.n
print(c.n)

class GetOnly:
    def __get__(self, obj, owner=None):
        return obj, owner is C2
class C2:
    g = GetOnly()
print(C2.g, C2().g[1])

class SetOnly:
    def __set__(self, obj, v):
        print("set only", v)
class C3:
    s = SetOnly()
o = C3()
o.s = 1
print(type(o.s).__name__)
o.__dict__["s"] = "dict"
print(type(o.s).__name__)

class Verbose:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner):
        return getattr(obj, self.name, None) if obj else self
    def __set__(self, obj, v):
        setattr(obj, self.name, v)
class C4:
    a = Verbose()
x = C4()
x.a = 10
print(x.a, x._a, C4.a.name)
print(type(C4.__dict__["a"]).__name__)
