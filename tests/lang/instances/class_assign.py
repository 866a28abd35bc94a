# __class__ assignment between compatible classes keeps the attributes.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(A):
    def who(self):
        return "C"


a = A()
a.x = 1
a.y = 2
a.__class__ = B
print(a.who(), vars(a), a.x)
a.z = 3
print(vars(a))
a.__class__ = C
print(a.who(), vars(a), isinstance(a, A))
a.__class__ = A
del a.x
print(a.who(), vars(a))

fresh = A()
fresh.__class__ = B
fresh.q = 1
print(fresh.who(), vars(fresh))


class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("a",)


class S3:
    __slots__ = ("b",)


s = S1()
s.a = 1
s.__class__ = S2
print(type(s).__name__, s.a)
for target in (S3, int, A):
    try:
        s.__class__ = target
    except TypeError as e:
        print("TypeError", e)
try:
    a.__class__ = S1
except TypeError as e:
    print("TypeError", e)
try:
    a.__class__ = list
except TypeError as e:
    print("TypeError", e)
try:
    a.__class__ = 1
except TypeError as e:
    print("TypeError", e)


class L1(list):
    pass


class L2(list):
    pass


l = L1([1])
l.attr = "x"
l.__class__ = L2
print(type(l).__name__, l, l.attr)


# many instances switching classes back and forth in a loop (caches)
class P:
    def __init__(self, i):
        self.i = i


class Q:
    pass


objs = [P(i) for i in range(10)]
total = 0
for k in range(3):
    for o in objs:
        total += o.i
        o.__class__ = Q if type(o) is P else P
        o.i += 1
print(total, [o.i for o in objs][:3], type(objs[0]).__name__)
