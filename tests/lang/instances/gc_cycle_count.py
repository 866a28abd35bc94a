# gc.collect() counts of an instance cycle: the attribute values of a plain
# instance live in the instance itself, so only a __dict__ that someone asked
# for is an extra object to collect (CPython 3.11's inline values).
import copy
import gc


class A:
    pass


class B:
    pass


def pair():
    a = A()
    b = A()
    a.b = b
    b.a = a
    return a, b


gc.collect()
a, b = pair()
del a, b
print("plain cycle", gc.collect())

a, b = pair()
a.__dict__
del a, b
print("one __dict__ asked for", gc.collect())

a, b = pair()
vars(a)
vars(b)
del a, b
print("both __dict__", gc.collect())

a, b = pair()
a.__class__ = B
del a, b
print("after __class__ assignment", gc.collect())

a, b = pair()
c = copy.copy(a)
del a, b, c
print("after copy.copy", gc.collect())

a, b = pair()
a.__getstate__()
del a, b
print("after __getstate__", gc.collect())

a, b = pair()
dir(a)
del a, b
print("after dir", gc.collect())

a, b = pair()
hasattr(a, "__dict__")
del a, b
print("after hasattr __dict__", gc.collect())

a, b = pair()
del a.b
a.b = b
del a, b
print("delete and set again", gc.collect())

a, b = pair()
a.__dict__ = {"b": b}
del a, b
print("__dict__ assigned", gc.collect())

a, b = pair()
a.__reduce_ex__(2)
del a, b
print("after __reduce_ex__", gc.collect())

a, b = pair()
a.__sizeof__()
getattr(a, "missing", None)
del a, b
print("sizeof and getattr", gc.collect())


class Many:
    pass


m1 = Many()
m2 = Many()
for i in range(40):
    setattr(m1, "x%d" % i, i)
m1.other = m2
m2.other = m1
del m1, m2
print("more names than the shared table holds", gc.collect())


class S(str):
    pass


a, b = pair()
setattr(a, S("zz"), 1)
del a, b
print("str subclass name", gc.collect())


class Slotted:
    __slots__ = ("peer", "__dict__")


s1 = Slotted()
s2 = Slotted()
s1.peer = s2
s2.x = s1
del s1, s2
print("slots and __dict__", gc.collect())


# The shared name table settles: every instance made takes one place off the
# room for new names (CPython 3.11), so a name first set after about 30
# instances exist makes that instance use a dict.
class Settle:
    pass


early = [Settle() for i in range(5)]
x = Settle()
x.late = 1
y = Settle()
x.peer = y
y.peer = x
del x, y
print("new names while there is room", gc.collect())
many = [Settle() for i in range(40)]
x = Settle()
x.later = 1      # the last free place
x.later2 = 2     # no room: x gets a dict
y = Settle()
x.peer = y
y.peer = x
del x, y
print("new names after 40 instances", gc.collect())


class ListSub(list):
    pass


l1 = ListSub()
l2 = ListSub()
l1.peer = l2
l2.peer = l1
del l1, l2
print("list subclass instances use a dict", gc.collect())


# a str subclass as the name of a load or a delete needs a real dict lookup
class H(str):
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return str.__eq__(self, other)


a, b = pair()
a.x = 1
print(getattr(a, S("x")), hasattr(a, H("x")))
del a, b
print("load with str subclass name", gc.collect())
a, b = pair()
a.x = 1
try:
    delattr(a, S("x"))
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(a, "x"))
del a, b
print("delete with str subclass name", gc.collect())
