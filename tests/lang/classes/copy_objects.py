import copy
class Plain:
    x = 1
    def m(self): pass
p = Plain()
p.y = 2
import copy
q = copy.copy(p)
print(q.y, type(q).__name__, q is p)
r = copy.deepcopy(p)
print(r.y)
class S:
    __slots__ = ("a", "b")
s = S()
s.a = [1]
c = copy.copy(s)
print(c.a is s.a, hasattr(c, "b"))
d = copy.deepcopy(s)
print(d.a == s.a, d.a is s.a)
class L(list):
    pass
l = L([1, 2])
l.attr = "x"
l2 = copy.copy(l)
print(type(l2).__name__, l2, l2.attr)
class WithReduce:
    def __reduce__(self):
        return (WithReduce, ())
print(type(copy.copy(WithReduce())).__name__)
