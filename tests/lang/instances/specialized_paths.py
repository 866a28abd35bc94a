# Attribute loads and stores repeated in loops (the VM specializes them)
# while the class or the instance changes under them.
class A:
    def __init__(self, v):
        self.v = v
        self.w = -v


def total(objs):
    t = 0
    for o in objs:
        t += o.v + o.w
    return t


def bump(objs):
    for o in objs:
        o.v = o.v + 1


objs = [A(i) for i in range(20)]
for _ in range(3):
    bump(objs)
print(total(objs))

# a property added to the class later takes over loads and stores
A.v = property(lambda self: 100, lambda self, val: None)
print(total(objs))
bump(objs)
print(objs[0].__dict__)
del A.v
print(total(objs))

# an instance whose __dict__ was asked for, one with an attribute deleted
objs[3].__dict__
del objs[4].w
try:
    total(objs)
except AttributeError as e:
    print("AttributeError", e)
objs[4].w = 0
print(total(objs))


# subclass and unrelated instances through the same code
class B(A):
    pass


class C:
    def __init__(self):
        self.v = 1000
        self.w = 0


mixed = [A(1), B(2), C(), A(3), B(4), C()]
for _ in range(3):
    print(total(mixed), end=" ")
    bump(mixed)
print()


# __setattr__ / __getattr__ defined after stores were specialized
def setall(objs, n):
    for o in objs:
        o.w = n


setall(objs, 1)
setall(objs, 2)
log = []
A.__setattr__ = lambda self, name, value: (log.append(name), object.__setattr__(self, name, value))
setall(objs[:3], 3)
print(log, objs[0].w)
del A.__setattr__
A.__getattr__ = lambda self, name: "fallback"
print(objs[0].missing, objs[0].w)
del A.__getattr__


# __slots__ mixed with dict attributes, and a class attribute shadowed
class D:
    __slots__ = ("s", "__dict__")
    shared = "class"


def read(objs):
    return [(o.s, o.shared) for o in objs]


ds = [D() for i in range(3)]
for i, d in enumerate(ds):
    d.s = i
ds[1].shared = "inst"
print(read(ds), read(ds))


# a data descriptor on a base class added after specialization
class Base:
    pass


class Derived(Base):
    def __init__(self):
        self.x = 1


def getx(objs):
    return [o.x for o in objs]


ds = [Derived() for i in range(3)]
print(getx(ds), getx(ds))
Base.x = property(lambda self: "prop")
print(getx(ds))
del Base.x
print(getx(ds))


# many stores in __init__ of many instances, then reads
class P:
    def __init__(self, i):
        self.a = i
        self.b = i * 2
        self.c = i * 3


ps = [P(i) for i in range(1000)]
print(sum(p.a + p.b + p.c for p in ps))
for p in ps[::2]:
    p.c = 0
print(sum(p.a + p.b + p.c for p in ps))
