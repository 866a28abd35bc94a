# weak references to the C types that support them, and their callbacks
# (automatic collections off: the class made by type() lives in a cycle)
import gc
import sys
gc.disable()
from _weakref import ref, getweakrefcount
log = []
def cb(r):
    log.append(r() is None)
def g():
    yield 1
async def co():
    pass
objs = {
    "set": set([1]), "frozenset": frozenset([1]), "function": lambda: 0,
    "code": compile("1", "", "eval"), "generator": g(), "type": type("T", (), {}),
    "builtin": [].append, "method": type("M", (), {"m": lambda s: 0})().m,
    "module": type(sys)("fake"), "memoryview": memoryview(b"abc"), "alias": list[int],
}
refs = {}
for k, v in objs.items():
    refs[k] = ref(v, cb)
    print(k, refs[k]() is v, getweakrefcount(v) if k != "type" else "-")
c = co()
rc = ref(c, cb)
c.close()
del c
print("coroutine", rc())
for k in list(objs):
    del objs[k]
    print(k, refs[k]() is None)
print(log.count(True), len(log))
