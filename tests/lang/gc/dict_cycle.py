# Dicts referring to themselves or to each other.
import gc
gc.disable()
gc.collect()
d = {}
d['self'] = d
del d
print(gc.collect())
d1 = {}
d2 = {'other': d1}
d1[1] = d2
del d1, d2
print(gc.collect())
d = {}
d[(1, 2)] = [d]
del d
print(gc.collect())
