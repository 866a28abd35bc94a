class C:
    cls_attr = "class"
    def method(self):
        return "method"

c = C()
print(getattr(c, "cls_attr"), getattr(c, "nope", "default"))
print(hasattr(c, "method"), hasattr(c, "nope"))
setattr(c, "dyn", 42)
print(c.dyn, c.__dict__)
delattr(c, "dyn")
print(hasattr(c, "dyn"))
c.method = lambda: "instance"
print(c.method(), C.method(c))
c.__dict__["z"] = 3
print(c.z)
c.__dict__ = {"w": 1}
print(c.w, hasattr(c, "z"))
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.x = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
