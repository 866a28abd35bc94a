# Callbacks see the generation collected and can inspect gc state; calling
# gc.collect() from a callback does nothing (a collection is running).
import gc
gc.disable()
gc.collect()
seen = []
def cb(phase, info):
    seen.append((phase, info['generation'], info['collected'], gc.collect()))
gc.callbacks.append(cb)
d = {}
d['d'] = d
del d
gc.collect(0)
gc.collect(2)
gc.callbacks.remove(cb)
for s in seen:
    print(s)
