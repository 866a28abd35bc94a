print(int.__add__(3, 4), int.__mul__(3, 4), int.__neg__(5), int.__bool__(0))
print(list.__len__([1, 2]), list.__getitem__([1, 2], -1), list.__contains__([1], 1))
l = [1, 2, 3]
list.__setitem__(l, 0, "x")
list.__delitem__(l, -1)
print(l, list.__iter__(l).__next__())
print(str.__add__("a", "b"), str.__mul__("ab", 2), str.__rmul__("ab", 2), str.__mod__("%d", 5))
print(dict.__getitem__({"a": 1}, "a"), dict.__len__({}), tuple.__hash__(()) == hash(()))
print(int.__eq__(1, 1), int.__lt__(1, 2), int.__ne__(1, "1"), float.__ge__(1.0, 1))
print(object.__repr__(5).startswith("<int object at"), object.__str__(5))
print(int.__repr__(5), str.__repr__("q"), type.__repr__(int))
print(type.__call__(int, "5"), type.__call__(list))
d = {}
dict.__init__(d, a=1)
print(d)
print((5).__hash__() == hash(5), "abc".__len__(), (1.5).__float__(), (7).__index__())
print([3, 1].__iter__().__length_hint__(), "x".__format__(">3"))
print(iter([1]).__next__(), int.__pow__(2, 10), int.__pow__(2, 10, 7), int.__rpow__(10, 2))
try:
    list.__dict__["__len__"](1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter([]).__next__()
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(object.__getattribute__(1, "real"), int.__getattribute__(5, "imag"))
print(int.__format__(5, "03"), object.__format__(5, ""))
try:
    object.__format__(5, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(list.__add__([1], [2]), list.__mul__([1], 3), list.__iadd__([1], (2,)), list.__imul__([1], 2))
print(int.__sizeof__(1) > 0, int.__subclasshook__(), object.__init_subclass__())
