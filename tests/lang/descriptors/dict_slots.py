# __dict__ of objects that keep it in a struct field: set, replace, delete.
import functools
class C:
    pass
def f():
    pass
objs = [("function", f), ("partial", functools.partial(print)),
        ("lru_cache", functools.lru_cache(len)), ("instance", C()),
        ("exception", ValueError("v")), ("classmethod", classmethod(len)),
        ("staticmethod", staticmethod(len))]
for name, o in objs:
    o.__dict__ = {"a": 1}
    print(name, o.__dict__, getattr(o, "a", None))
    for act in ("set", "del"):
        try:
            if act == "set":
                o.__dict__ = 5
            else:
                del o.__dict__
            print(name, act, "ok", o.__dict__)
        except TypeError as e:
            print(name, act, "TypeError", e)
