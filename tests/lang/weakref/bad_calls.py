# bad calls of the weakref types methods raise TypeError as CPython
import _weakref
from _weakref import ref, ProxyType, CallableProxyType
class C: pass
o = C()
tests = [lambda: ref.__new__(int, o), lambda: ref.__new__(), lambda: ref.__new__(ref), lambda: ref.__init__(5, o),
 lambda: ProxyType.__bytes__(5), lambda: ProxyType.__reversed__(_weakref.proxy(o)), lambda: ref.__call__(ref(o), 1),
 lambda: ref.__hash__(ref(o)) == hash(o), lambda: CallableProxyType.__call__(_weakref.proxy(len), [1]),
 lambda: ProxyType.__getattribute__(_weakref.proxy(o), "x"), lambda: ProxyType.__len__(_weakref.proxy(o)),
 lambda: ref.__repr__(5), lambda: ProxyType.__add__(_weakref.proxy(o), 1), lambda: ProxyType.__iter__(_weakref.proxy(o)),
 lambda: ProxyType.__next__(_weakref.proxy(o)), lambda: ref(o) < ref(o)]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
