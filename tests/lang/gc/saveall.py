# DEBUG_SAVEALL: unreachable objects go to gc.garbage instead of being freed.
import gc
gc.disable()
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print(gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
d = {}
d['d'] = d
del d
print(gc.collect())
print(len(gc.garbage), [type(x).__name__ for x in gc.garbage])
gc.set_debug(0)
del gc.garbage[:]
print(gc.collect())
print(gc.garbage)
