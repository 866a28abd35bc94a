# _weakref._remove_dead_weakref deletes a key only when its value is a dead ref
from _weakref import ref, _remove_dead_weakref
class C:
    pass
a, b = C(), C()
d = {"a": ref(a), "b": ref(b)}
_remove_dead_weakref(d, "a")
print(sorted(d))
del a
_remove_dead_weakref(d, "a")
print(sorted(d))
_remove_dead_weakref(d, "missing")
print(sorted(d))
d["x"] = 5
try:
    _remove_dead_weakref(d, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    _remove_dead_weakref(d, [])
except TypeError as e:
    print(type(e).__name__, e)
class MyDict(dict):
    pass
m = MyDict(k=ref(b))
del b
_remove_dead_weakref(m, "k")
print(m)
