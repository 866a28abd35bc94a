# A frame object kept in one of its own locals.
import gc, sys
gc.disable()
gc.collect()
def f():
    fr = sys._getframe()
    return 1
f()
print(gc.collect())
def g():
    fr = sys._getframe()
    return fr
x = g()
print(gc.is_tracked(x))
del x
print(gc.collect())
