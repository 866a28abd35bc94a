# More attribute names than a class shares (30), unusual names, and
# instances of one class with different attribute sets.
class A:
    pass


a = A()
for i in range(50):
    setattr(a, "attr%d" % i, i * i)
print(len(vars(a)), a.attr0, a.attr29, a.attr30, a.attr49)
print(list(vars(a))[:3], list(vars(a))[-3:])
for i in range(0, 50, 7):
    delattr(a, "attr%d" % i)
print(len(vars(a)), sorted(vars(a))[:4])

b = A()
b.attr1 = "b1"
b.fresh = "new"
print(vars(b))

# names that are not identifiers
c = A()
setattr(c, "with space", 1)
setattr(c, "", 2)
setattr(c, "1digit", 3)
setattr(c, "\u00e9t\u00e9", 4)
setattr(c, "\U0001f40d", 5)
print(vars(c), getattr(c, "with space"), getattr(c, ""), getattr(c, "\U0001f40d"))


class S(str):
    pass


class H(str):
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return str.__eq__(self, other)


d = A()
d.plain = 1
setattr(d, S("sub"), 2)
print(vars(d), d.sub, getattr(d, S("plain")))
setattr(d, H("h"), 3)
print(hasattr(d, "h"), getattr(d, H("h")), [type(k).__name__ for k in vars(d)])
try:
    setattr(d, 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    getattr(d, None)
except TypeError as e:
    print("TypeError", e)


# many instances with different subsets of 40 names
class M:
    pass


objs = []
for i in range(60):
    o = M()
    for j in range(i % 40):
        setattr(o, "n%d" % ((i * 7 + j) % 40), j)
    objs.append(o)
print(sum(len(vars(o)) for o in objs))
print([sorted(vars(o))[:2] for o in objs[35:40]])
total = 0
for o in objs:
    for j in range(40):
        total += getattr(o, "n%d" % j, 0)
print(total)


class Wide:
    def __init__(self):
        for i in range(35):
            setattr(self, "w%02d" % i, i)


ws = [Wide() for i in range(5)]
print([len(vars(w)) for w in ws], ws[4].w34, list(vars(ws[3]))[-1])
