class G:
    x = 1
    def __getattr__(self, name):
        if name == "boom":
            raise KeyError("not attr error")
        return "getattr:" + name
g = G()
print(g.x, g.y, getattr(g, "zz"), hasattr(g, "anything"))
try:
    g.boom
except KeyError as e:
    print(type(e).__name__, e)

class GA:
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        return "ga:" + name
print(GA().foo, GA().__class__.__name__)

class Both:
    def __getattribute__(self, name):
        if name == "special":
            return "special!"
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback:" + name
b = Both()
print(b.special, b.other)

class SA:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
s = SA()
s.a = 5
print(s.a)
del s.a
print(hasattr(s, "a"))
try:
    del s.a
except AttributeError as e:
    print(type(e).__name__, e)

class Sub(G):
    pass
print(Sub().qq)
G.__getattr__ = lambda self, n: "patched:" + n
print(Sub().qq, g.yy)
del G.__getattr__
try:
    g.yy
except AttributeError as e:
    print(type(e).__name__, e)
class Recurse:
    def __getattr__(self, name):
        return self.__dict__.get(name, "none")
print(Recurse().q)
print(object.__getattribute__(g, "x"))
try:
    object.__getattribute__(g, "nothing")
except AttributeError as e:
    print(type(e).__name__, e)
