# Subclasses of list and dict in cycles (with and without __dict__ access).
import gc
gc.disable()
gc.collect()
class L(list):
    pass
l = L()
l.append(l)
del l
print(gc.collect())
class D(dict):
    pass
d = D()
d['d'] = d
d.attr = 1
del d
print(gc.collect())
