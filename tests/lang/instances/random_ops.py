# A seeded random mix of attribute stores, deletes, loads, __dict__ access,
# __dict__ assignment and __class__ changes on a few instances, compared
# step by step with CPython.
import random


class A:
    pass


class B:
    pass


class C(A):
    __slots__ = ("s",)


rng = random.Random(1234)
names = ["n%d" % i for i in range(40)]
objs = [A(), A(), B(), C(), A()]
trace = []
for step in range(4000):
    o = rng.choice(objs)
    op = rng.randrange(100)
    name = rng.choice(names[:12] if rng.randrange(4) else names)
    if op < 40:
        setattr(o, name, step)
    elif op < 60:
        try:
            delattr(o, name)
            trace.append("d")
        except AttributeError:
            trace.append("D")
    elif op < 85:
        trace.append(str(getattr(o, name, None)))
    elif op < 90:
        d = vars(o)
        trace.append(",".join(d)[:20])
    elif op < 92:
        o.__dict__ = {k: v for k, v in list(vars(o).items())[::2]}
    elif op < 95 and not isinstance(o, C):
        o.__class__ = B if type(o) is A else A
    elif op < 97 and isinstance(o, C):
        o.s = step
        trace.append(str(o.s))
    else:
        objs[objs.index(o)] = type(o)()
for o in objs:
    print(type(o).__name__, vars(o))
print(len(trace), sum(len(t) for t in trace))
print(" ".join(trace[-40:]))
