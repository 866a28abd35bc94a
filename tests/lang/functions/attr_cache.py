# LOAD_ATTR caching must notice class changes made after the first lookups.
class P:
    pass

def read(o):
    return o.x

p = P()
p.x = 1
print([read(p) for _ in range(3)])
P.x = property(lambda self: "property wins")
print(read(p))
del P.x
print(read(p))

class Q:
    pass
q = Q()
q.x = "q-instance"
p.__class__ = Q
print(read(p), read(q))

def getattr_hook(self, name):
    return "from __getattr__ " + name
r = P()
try:
    read(r)
except AttributeError as e:
    print("AttributeError", e)
P.__getattr__ = getattr_hook
print(read(r))
del P.__getattr__

class Base:
    pass
class Child(Base):
    pass
c = Child()
c.x = "instance"
print([read(c) for _ in range(2)])
Base.x = property(lambda self: "base property")
print(read(c))
del Base.x
print(read(c))
c.__dict__ = {"x": "new dict"}
print(read(c))
del c.x
try:
    read(c)
except AttributeError as e:
    print("AttributeError", e)

class Slotted:
    __slots__ = ("x",)
s = Slotted()
s.x = "slot"
print(read(s), read(s))
