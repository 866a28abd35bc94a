# An exception in a gc callback is reported as unraisable; the others still run.
import gc, sys
gc.disable()
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.object is bad))
sys.unraisablehook = hook
def bad(phase, info):
    raise RuntimeError('boom ' + phase)
def good(phase, info):
    seen.append(phase)
gc.callbacks.extend([bad, good])
print(gc.collect())
gc.callbacks.clear()
for s in seen:
    print(s)
