# A module object whose namespace refers back to the module.
import gc, sys
gc.disable()
gc.collect()
M = type(sys)
m = M('tmpmod')
m.me = m
del m
print(gc.collect())
