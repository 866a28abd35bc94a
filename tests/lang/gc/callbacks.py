# gc.callbacks are called with "start"/"stop" and an info dict.
import gc
gc.disable()
gc.collect()
log = []
def cb(phase, info):
    log.append((phase, dict(info)))
gc.callbacks.append(cb)
l = []
l.append(l)
del l
print(gc.collect())
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for entry in log:
    print(entry)
print(gc.callbacks)
