# refcounting makes death deterministic: callbacks run exactly when the last reference goes
from _weakref import ref
class C:
    def __init__(self, name):
        self.name = name
events = []
def watch(o):
    name = o.name
    return ref(o, lambda r: events.append(name))
a = C("a")
ra = watch(a)
b = a
del a
events.append("del a")
del b
events.append("del b")
lst = [C("in-list")]
rl = watch(lst[0])
lst.pop()
events.append("popped")
d = {"k": C("in-dict")}
rd = watch(d["k"])
d["k"] = 1
events.append("replaced")
def scope():
    local = C("local")
    global rloc
    rloc = watch(local)
    events.append("end scope")
scope()
events.append("after scope")
class Holder:
    pass
h = Holder()
h.child = C("child")
rc = watch(h.child)
del h
events.append("holder gone")
x = C("rebind")
rx = watch(x)
x = C("other")
rx2 = watch(x)
events.append("rebound")
print(events)
# finalization order: __del__ runs before the callbacks
class D:
    def __del__(self):
        print("__del__")
dd = D()
rdd = ref(dd, lambda r: print("callback", r()))
del dd
print("end")
