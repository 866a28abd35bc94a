# __weakref__ on C types, the getset descriptor, proxy __bytes__/__reversed__
import _weakref, sys
for o in [lambda:0, set(), frozenset(), int, sys, compile("1","","eval"), len, memoryview(b"")]:
    try: print(type(o).__name__, o.__weakref__)
    except AttributeError as e: print(type(o).__name__, "AttributeError", e)
f = lambda: 0
r = _weakref.ref(f)
print(f.__weakref__ is r if hasattr(f, "__weakref__") else "-")
class C: pass
print(C.__weakref__, type(C.__dict__['__weakref__']))
print(C.__dict__['__weakref__'].__get__(C()))
p = _weakref.proxy(C())
print(type(p).__bytes__, type(p).__reversed__)
class B:
    def __bytes__(self): return b"xy"
    def __reversed__(self): return iter([3,2,1])
b = B(); pb = _weakref.proxy(b)
print(bytes(pb), list(reversed(pb)), pb.__bytes__())
