# Weak references to objects of a collected cycle are dead afterwards,
# including when their callback resurrects nothing.
import gc
import _weakref as weakref
gc.disable()
gc.collect()
class N:
    pass
nodes = [N() for i in range(5)]
for i in range(5):
    nodes[i].next = nodes[(i + 1) % 5]
refs = [weakref.ref(n) for n in nodes]
del nodes
print(sum(r() is not None for r in refs))
print(gc.collect())
print(sum(r() is not None for r in refs))
