# A nested function that refers to itself through its closure cell.
import gc
gc.disable()
gc.collect()
def make():
    def g():
        return g
    return g
f = make()
del f
print(gc.collect())
def make2():
    x = []
    def h():
        return x
    x.append(h)
    return h
f = make2()
del f
print(gc.collect())
