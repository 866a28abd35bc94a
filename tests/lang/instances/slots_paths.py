# __slots__ members read and written in loops (the VM specializes them),
# with unset slots, foreign member descriptors and class changes.
class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def norm1(vs):
    t = 0
    for v in vs:
        t += abs(v.x) + abs(v.y)
    return t


def shift(vs, d):
    for v in vs:
        v.x = v.x + d


vs = [V(i, -i) for i in range(50)]
for _ in range(3):
    shift(vs, 1)
print(norm1(vs), norm1(vs))
del vs[7].y
try:
    norm1(vs)
except AttributeError as e:
    print("AttributeError", e)
vs[7].y = 0
print(norm1(vs))


class Foreign:
    __slots__ = ("a",)


class Thief:
    stolen = Foreign.__dict__["a"]


def steal(objs):
    out = []
    for o in objs:
        try:
            out.append(o.stolen)
        except TypeError as e:
            out.append(str(e))
    return out


print(steal([Thief(), Thief()]))
try:
    Thief().stolen = 1
except TypeError as e:
    print("TypeError", e)


def setstolen(objs):
    for o in objs:
        try:
            o.stolen = 5
        except TypeError as e:
            print("TypeError", e)


setstolen([Thief(), Thief(), Thief()])


# a subclass that replaces the slot with a class attribute
class W(V):
    x = "class attr"


ws = [W(1, 2) for i in range(3)]
print([w.x for w in ws], [w.y for w in ws])


class Sub(V):
    __slots__ = ("z",)

    def __init__(self):
        super().__init__(1, 2)
        self.z = 3


mixed = [V(1, 1), Sub(), V(2, 2), Sub()]
for _ in range(2):
    shift(mixed, 10)
print(norm1(mixed), [m.x for m in mixed])
V.x = property(lambda self: 7)
print(norm1(vs[:3]))
