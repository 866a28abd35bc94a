class MyInt(int):
    def double(self):
        return self * 2
i = MyInt(21)
print(i, i.double(), type(i).__name__, type(i + 1).__name__, i == 21, hash(i) == hash(21))
print(isinstance(i, int), MyInt.__mro__)
i.attr = 5
print(i.attr, repr(i))

class MyList(list):
    def first(self):
        return self[0]
l = MyList([3, 1, 2])
l.append(4)
print(l, l.first(), len(l), sorted(l), type(l[1:]).__name__, l + [9])
l.sort()
print(l)

class MyDict(dict):
    def __missing__(self, key):
        return key * 2
d = MyDict(a=1)
print(d["a"], d["bb"], d, len(d))

class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s, s.shout(), s + "x", type(s + "x").__name__, len(s), s == "hi", repr(s))

class MyTuple(tuple):
    pass
t = MyTuple((1, 2))
t.x = 1
print(t, t.x, len(t), t[0], type(t).__name__)

class MyFloat(float):
    pass
print(MyFloat(1.5) + 1, type(MyFloat(2.0)).__name__)

class ReprList(list):
    def __repr__(self):
        return "RL" + super().__repr__()
print(repr(ReprList([1])), str(ReprList([2])))

class LenDict(dict):
    def __len__(self):
        return 99
print(len(LenDict()), bool(LenDict()))

class AddInt(int):
    def __add__(self, other):
        return "custom add"
    def __radd__(self, other):
        return "custom radd"
print(AddInt(1) + 1, 1 + AddInt(1), AddInt(1) - 1)
class MyObj(object):
    pass
print(MyObj.__bases__)
try:
    class B(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
