# sys.getrefcount in the ordinary cases: names, containers, attributes
import sys
class C:
    pass
x = C()
print("one name", sys.getrefcount(x))
y = x
print("two names", sys.getrefcount(x))
del y
print("back", sys.getrefcount(x))
lst = [x]
print("in a list", sys.getrefcount(x))
lst.append(x)
print("twice in a list", sys.getrefcount(x))
d = {"k": x}
print("dict value", sys.getrefcount(x))
d2 = {x: 1}
print("dict key", sys.getrefcount(x))
t = (x, x, x)
print("tuple x3", sys.getrefcount(x))
s = {x}
print("set", sys.getrefcount(x))
o = C()
o.attr = x
print("attribute", sys.getrefcount(x))
del lst, d, d2, t, s, o
print("all dropped", sys.getrefcount(x))
print("temporary", sys.getrefcount(C()))
print("fresh list", sys.getrefcount([]))
