# TypeError messages for objects that cannot be weakly referenced
import weakref
class Slots:
    __slots__ = ("a",)
class SlotsWeak:
    __slots__ = ("a", "__weakref__")
class SubSlots(Slots):
    __slots__ = ("b",)
class SubOpen(Slots):
    pass
class IntSub(int):
    pass
class StrSub(str):
    pass
class DictSub(dict):
    pass
for maker in [lambda: 5, lambda: "s", lambda: (1,), lambda: [1], lambda: {1: 2}, lambda: b"x",
              lambda: None, lambda: 2.5, Slots, SubSlots, IntSub, StrSub, lambda: True]:
    o = maker()
    for fn in (weakref.ref, weakref.proxy):
        try:
            fn(o)
            print("ok", type(o).__name__)
        except TypeError as e:
            print(fn.__name__, "TypeError:", e)
for cls in [SlotsWeak, SubOpen, DictSub]:
    o = cls()
    r = weakref.ref(o)
    print("ok", cls.__name__, r() is o)
for bad in [5, "s"]:
    try:
        weakref.WeakSet().add(bad)
    except TypeError as e:
        print("WeakSet TypeError:", e)
try:
    weakref.WeakValueDictionary()["k"] = [1]
except TypeError as e:
    print("WVD TypeError:", e)
print(hasattr(Slots(), "__weakref__"), hasattr(SlotsWeak(), "__weakref__"))
print(weakref.getweakrefcount(5), weakref.getweakrefs("s"))
