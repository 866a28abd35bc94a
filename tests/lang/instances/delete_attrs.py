# Deleting instance attributes: missing names, deleting twice, class
# attributes seen through the instance, and setting again.
class A:
    cls_attr = "class"

    def method(self):
        return "method"


a = A()
a.x = 1
a.y = 2
del a.x
print(vars(a), hasattr(a, "x"))
for name in ("x", "nope", "cls_attr", "method"):
    try:
        delattr(a, name)
    except AttributeError as e:
        print("AttributeError", e)
a.x = 5
print(a.x, vars(a))
a.cls_attr = "shadow"
print(a.cls_attr)
del a.cls_attr
print(a.cls_attr)
del a.y
del a.x
print(vars(a))
try:
    a.x
except AttributeError as e:
    print("AttributeError", e)
b = A()
try:
    del b.x
except AttributeError as e:
    print("AttributeError", e)
b.x = 1
vars(b)
del b.x
try:
    del b.x
except AttributeError as e:
    print("AttributeError", e)
print(vars(b))
# deleting through the dict
c = A()
c.k = 1
del c.__dict__["k"]
print(hasattr(c, "k"), vars(c))
# many deletes and re-adds
d = A()
for i in range(10):
    setattr(d, "a%d" % i, i)
for i in range(0, 10, 2):
    delattr(d, "a%d" % i)
for i in range(0, 10, 4):
    setattr(d, "a%d" % i, -i)
print(vars(d))
