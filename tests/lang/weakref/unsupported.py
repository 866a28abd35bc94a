# which objects can be weakly referenced, as CPython 3.11
import sys
from _weakref import ref
class C:
    def m(self):
        pass
class S:
    __slots__ = ("a",)
class SW:
    __slots__ = ("a", "__weakref__")
class I(int):
    pass
class T(tuple):
    pass
class L(list):
    pass
class E(Exception):
    pass
def g():
    yield 1
objs = [1, 1.5, 2j, "s", b"b", bytearray(), (), [], {}, None, True, ..., NotImplemented,
        range(3), slice(1), object(), Exception(), iter([]), property(), staticmethod(len),
        classmethod(len), set(), frozenset(), C(), C, C.m, C().m, len, [].append, sys,
        g(), g.__code__, S(), SW(), I(1), T(), L(), E(), memoryview(b"x"), list[int],
        int | str, super(C, C()), C.__dict__, {}.keys(), enumerate([]), zip(), map(len, []),
        sys.version_info, ref(C)]
for o in objs:
    try:
        ref(o)
        print("ok", type(o).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
