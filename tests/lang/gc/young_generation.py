# collect(0) finds a cycle made since the last collection; a survivor moves
# on and is found by collect(1) / collect(2) once it becomes garbage.
import gc
gc.disable()
gc.collect()
l = []
l.append(l)
del l
print(gc.collect(0))
keep = []
keep.append(keep)
gc.collect(0)
del keep
print(gc.collect(0))
print(gc.collect(1))
keep = []
keep.append(keep)
gc.collect(1)
del keep
print(gc.collect(1))
print(gc.collect(2))
