# argument checking of ref(), calling a ref, and the _weakref functions
import _weakref
from _weakref import ref, proxy
class C:
    pass
o = C()
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
t(ref)
t(ref, o, None, 3)
t(ref, o, callback=None)
t(ref(o), 1)
t(ref(o), x=1)
t(proxy)
t(proxy, o, None, 1)
t(proxy, o, callback=None)
t(_weakref.getweakrefcount)
t(_weakref.getweakrefcount, o, o)
t(_weakref.getweakrefs)
t(_weakref.getweakrefs, o, x=1)
t(_weakref._remove_dead_weakref, 1, 2)
t(_weakref._remove_dead_weakref, {})
t(_weakref._remove_dead_weakref, {1: 2}, 1)
t(ref.__init__, ref(o))
t(ref.__init__, ref(o), o, None, 1)
t(ref.__new__, ref, o, x=1)
t(ref.__init__, ref(o), o, x=1)
