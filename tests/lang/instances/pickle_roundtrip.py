# pickle round trips of instances (attributes from values blocks, dicts,
# slots, self references) with every protocol.
import pickle


class A:
    def __init__(self):
        self.x = 1
        self.y = [1, 2]


class Slots:
    __slots__ = ("s", "__dict__")


class Lst(list):
    pass


a = A()
a.z = a
del a.x
a.x = "again"
s = Slots()
s.s = "slot"
s.d = {"k": a}
l = Lst([1, 2])
l.tag = "t"
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    b = pickle.loads(pickle.dumps(a, proto))
    print(proto, list(vars(b)), b.z is b, b.y, b.x)
    try:
        t = pickle.loads(pickle.dumps(s, proto))
        print(" ", t.s, list(vars(t)), t.d["k"].z is t.d["k"])
    except TypeError as e:
        print(" ", "TypeError", e)
    m = pickle.loads(pickle.dumps(l, proto))
    print(" ", m, vars(m), type(m).__name__)
empty = pickle.loads(pickle.dumps(A.__new__(A), 2))
print(vars(empty))
