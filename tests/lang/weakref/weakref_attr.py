# the __weakref__ attribute of instances and classes
from _weakref import ref
class C:
    pass
c = C()
print(c.__weakref__)
r = ref(c)
print(c.__weakref__ is r)
r2 = ref(c, lambda x: None)
print(c.__weakref__ is r)
del r
print(c.__weakref__ is r2)
print("__weakref__" in C.__dict__, type(C.__dict__["__weakref__"]).__name__)
class S:
    __slots__ = ("a",)
try:
    S().__weakref__
except AttributeError as e:
    print(type(e).__name__, e)
class SW:
    __slots__ = ("__weakref__",)
sw = SW()
print(sw.__weakref__, ref(sw)() is sw)
class Sub(C):
    pass
print("__weakref__" in Sub.__dict__)
s = Sub()
print(ref(s)() is s)
try:
    class Bad:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(C):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c.__weakref__ = 1
except AttributeError as e:
    print(type(e).__name__, e)
