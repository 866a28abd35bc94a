# Robustness: get/set/delete every attribute of the VM types (function,
# generator, coroutine, async generator, cell, traceback, frame).
import sys
def sample(a, b=1, *, c=2):
    "doc"
    return a
def gen():
    yield 1
async def coro():
    return 1
async def agen():
    yield 1
def cell_obj():
    x = 1
    def inner():
        return x
    return inner.__closure__[0]
def tb_obj():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__
objs = [("function", lambda: sample), ("generator", gen), ("coroutine", coro), ("async_generator", agen),
        ("cell", cell_obj), ("traceback", tb_obj), ("frame", lambda: sys._getframe())]
SKIP = {"__class__", "__dict__", "__doc__", "__init__", "__new__", "__init_subclass__", "__subclasshook__",
        "__reduce__", "__reduce_ex__", "__getstate__", "__sizeof__", "__format__", "__dir__", "__hash__",
        "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__str__", "__repr__", "__getattribute__",
        "__setattr__", "__delattr__", "__globals__", "__builtins__", "f_globals", "f_builtins", "f_locals"}
for name, make in objs:
    o = make()
    for attr in sorted(set(dir(o)) - SKIP):
        try:
            v = getattr(o, attr)
            r = type(v).__name__
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        try:
            setattr(o, attr, 1.5)
            s = "set ok"
        except Exception as e:
            s = type(e).__name__ + ": " + str(e)
        try:
            delattr(o, attr)
            d = "del ok"
        except Exception as e:
            d = type(e).__name__ + ": " + str(e)
        print(name, attr, "|", r, "|", s, "|", d)
    if hasattr(o, "close"):
        try: o.close()
        except Exception: pass
