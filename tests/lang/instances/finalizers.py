# __del__ and weakref callbacks that look at or change instance attributes,
# during plain deallocation and during cycle collection.
import gc
import weakref

log = []


class Fin:
    def __init__(self, name):
        self.name = name
        self.items = [name]

    def __del__(self):
        log.append((self.name, len(self.items), hasattr(self, "peer")))


class Setter:
    def __del__(self):
        self.late = "set in __del__"
        log.append(("setter", vars(self)))


f = Fin("solo")
del f
s = Setter()
s.early = 1
del s
print(log)
log.clear()

a = Fin("a")
b = Fin("b")
a.peer = b
b.peer = a
del a, b
print(gc.collect(), sorted(log))

saved = []


class Resurrect:
    def __init__(self):
        self.value = "kept"

    def __del__(self):
        saved.append(self)


r = Resurrect()
del r
print(saved[0].value, vars(saved[0]))
saved[0].more = 1
print(vars(saved[0]))
saved.clear()


class Target:
    pass


seen = []
t = Target()
t.payload = [1, 2, 3]
holder = Target()
holder.t = t
t.holder = holder
ref = weakref.ref(t, lambda r: seen.append(r() is None))
del t, holder
gc.collect()
print(seen)


# an attribute value whose __del__ deletes other attributes of the owner
class Owner:
    pass


class Mean:
    def __init__(self, owner):
        self.owner = owner

    def __del__(self):
        for name in list(vars(self.owner)):
            if name != "mean":
                delattr(self.owner, name)


o = Owner()
o.x = 1
o.mean = Mean(o)
o.y = 2
o.mean = None
print(vars(o))
o.mean = Mean(o)
o.z = 3
del o.mean
print(vars(o))
