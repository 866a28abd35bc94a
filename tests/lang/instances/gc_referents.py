# What the collector sees of an instance: gc.get_referents order and
# tracking (every object an instance refers to is visited).
import gc


class A:
    pass


p = A()
p.x = [1]
p.y = [2]
a = A()
a.y = [3]
a.x = [4]
print(gc.get_referents(a))
print(vars(a))
print(gc.get_referents(a))
print(gc.is_tracked(A()), gc.is_tracked(a))


class S:
    __slots__ = ("s", "__dict__")


s = S()
s.s = [0]
s.q = [1]
print(gc.get_referents(s))


class N:
    __slots__ = ("n",)


n = N()
n.n = [5]
print(gc.get_referents(n))


class L(list):
    pass


l = L([[6]])
l.attr = [7]
print(gc.get_referents(l))
e = A()
print(gc.get_referents(e))
e.only = "x"
del e.only
print(gc.get_referents(e))
print(a in gc.get_referrers(a.x))
