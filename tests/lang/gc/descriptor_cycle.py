# property / staticmethod / classmethod objects in cycles.
import gc
gc.disable()
gc.collect()
def getter(self):
    return 1
p = property(getter)
getter.prop = p
del p, getter
print(gc.collect())
def f():
    pass
s = staticmethod(f)
f.s = s
del s, f
print(gc.collect())
def g(cls):
    pass
c = classmethod(g)
g.c = c
del c, g
print(gc.collect())
