# Once asked for, __dict__ is one stable dict: later attribute sets go into
# it and changes made to it are attributes.
class A:
    def __init__(self):
        self.a = 1


x = A()
d1 = x.__dict__
d2 = vars(x)
print(d1 is d2, d1)
x.b = 2
print(d1, d1 is x.__dict__)
d1["c"] = 3
print(x.c)
d1.clear()
print(hasattr(x, "a"), vars(x))
x.z = 9
print(d1)
d1.update(m=1, n=2)
print(x.m, x.n, sorted(dir(x))[-4:])
del x.m
print(d1)
y = A()
y.b = 5
print(vars(y), vars(y) is vars(y))
print(x.__dict__ is not y.__dict__)
# the dict outlives a dropped instance
z = A()
zd = z.__dict__
del z
print(zd)
# setattr through __dict__ with non-str keys
w = A()
w.__dict__[1] = "int key"
print(w.__dict__)
try:
    dir(w)
except TypeError as e:
    print("TypeError", e)
