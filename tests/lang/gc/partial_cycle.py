# functools.partial objects in cycles.
import gc
from functools import partial
gc.disable()
gc.collect()
def f(*a):
    return a
box = []
p = partial(f, box)
box.append(p)
del p, box
print(gc.collect())
p = partial(f)
p.me = p
del p
print(gc.collect())
