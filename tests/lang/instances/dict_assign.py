# obj.__dict__ = {...}: replaces every attribute; errors for non-dicts;
# del obj.__dict__.
class A:
    pass


a = A()
a.x = 1
a.__dict__ = {"y": 2, "z": 3}
print(vars(a), hasattr(a, "x"), a.y)
a.w = 4
print(vars(a))
new = {"q": 1}
a.__dict__ = new
print(a.__dict__ is new, a.q)
new["r"] = 2
print(a.r)
for bad in (None, [], 1, ("a", 1)):
    try:
        a.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)
print(vars(a))


class D(dict):
    pass


d = D(k=1)
a.__dict__ = d
print(a.k, type(a.__dict__).__name__)
del a.__dict__
print(vars(a))
a.again = 1
print(vars(a))

b = A()
del b.__dict__
print(vars(b))
b.x = 1
print(vars(b))

# a fresh instance: assign before any attribute
c = A()
c.__dict__ = {"only": 1}
print(c.only, vars(c))
c.more = 2
print(vars(c))
# assigning the dict of another instance shares it
e = A()
e.__dict__ = c.__dict__
e.shared = 3
print(c.shared, vars(c) is vars(e))
