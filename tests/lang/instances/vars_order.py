# vars() / __dict__ show each instance's own insertion order, whatever order
# other instances of the class used.
class A:
    pass


a = A()
a.x = 1
a.y = 2
a.z = 3
b = A()
b.z = 30
b.x = 10
b.y = 20
print(vars(a))
print(vars(b))

c = A()
c.y = 1
c.x = 2
del c.y
c.w = 3
c.y = 4
print(vars(c))

# overwriting keeps the place
d = A()
d.p = 1
d.q = 2
d.p = 3
print(vars(d), list(d.__dict__))

# after the dict exists, order continues in it
e = A()
e.b = 1
e.a = 2
dd = e.__dict__
e.c = 3
del e.b
e.b = 4
print(dd, list(dd.keys()), list(dd.values()))


class Init:
    def __init__(self, flag):
        if flag:
            self.second = 2
            self.first = 1
        else:
            self.first = 1
            self.second = 2


print(vars(Init(True)), vars(Init(False)))
print(sorted(vars(Init(True))) == sorted(vars(Init(False))))
print([k for k in Init(True).__dict__])
print(dir(Init(True))[-2:])
