# references held by iterators, loops, and container operations
import sys
class C:
    pass
x = C()
it = iter([x])
print("list iterator", sys.getrefcount(x))
next(it)
print("consumed", sys.getrefcount(x))
del it
print("iterator gone", sys.getrefcount(x))
for item in [x]:
    print("loop variable", sys.getrefcount(x))
print("after loop (name kept)", sys.getrefcount(x))
del item
lst = [x, x, x]
lst.pop()
print("pop", sys.getrefcount(x))
lst.remove(x)
print("remove", sys.getrefcount(x))
lst.clear()
print("clear", sys.getrefcount(x))
lst = [x] * 4
print("repeat", sys.getrefcount(x))
del lst[1:3]
print("del slice", sys.getrefcount(x))
lst[:] = []
print("slice assign", sys.getrefcount(x))
d = dict.fromkeys("abc", x)
print("fromkeys", sys.getrefcount(x))
d.pop("a")
del d["b"]
print("dict pop/del", sys.getrefcount(x))
d.clear()
print("dict clear", sys.getrefcount(x))
s = set()
s.add(x)
s.add(x)
print("set add twice", sys.getrefcount(x))
s.discard(x)
print("discard", sys.getrefcount(x))
e = list(enumerate([x]))
print("enumerate result", sys.getrefcount(x))
del e
z = list(zip([x], [x]))
print("zip result", sys.getrefcount(x))
del z
r = sorted([x], key=id)
print("sorted", sys.getrefcount(x))
del r
print("end", sys.getrefcount(x))
