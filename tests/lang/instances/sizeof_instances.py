# sys.getsizeof of class instances does not grow with attributes (they live
# in a separate values block or dict, as in CPython 3.11).
import sys


class Plain:
    pass


class WithInit:
    def __init__(self):
        self.a = 1
        self.b = 2


class SlotsDict:
    __slots__ = ("x", "__dict__")


class SlotsOnly:
    __slots__ = ("x", "y")


class SlotsWeak:
    __slots__ = ("x", "__weakref__")


class SubPlain(Plain):
    pass


class SubSlots(Plain):
    __slots__ = ("z",)


class ListSub(list):
    pass


class ExcSub(Exception):
    pass


class DictSub(dict):
    pass



p = Plain()
print("Plain", sys.getsizeof(p))
p.a = 1
p.b = 2
p.c = 3
print("Plain with attributes", sys.getsizeof(p))
vars(p)
print("Plain after vars", sys.getsizeof(p))
print("WithInit", sys.getsizeof(WithInit()))
print("SlotsDict", sys.getsizeof(SlotsDict()))
print("SlotsOnly", sys.getsizeof(SlotsOnly()))
print("SlotsWeak", sys.getsizeof(SlotsWeak()))
print("SubPlain", sys.getsizeof(SubPlain()))
print("SubSlots", sys.getsizeof(SubSlots()))
print("ListSub", sys.getsizeof(ListSub()))
print("ExcSub", sys.getsizeof(ExcSub()))
print("DictSub", sys.getsizeof(DictSub()))
print("object", sys.getsizeof(object()))
print(Plain().__sizeof__() == SubPlain().__sizeof__())
