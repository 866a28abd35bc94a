# freeze() moves every tracked object to the permanent generation, where
# the collector ignores it; unfreeze() brings them back.
import gc
gc.disable()
gc.collect()
print(gc.get_freeze_count())
l = []
l.append(l)
gc.freeze()
print(gc.get_freeze_count() > 0)
print(gc.get_count()[0] < 10)
del l
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect())
gc.collect(0)
gc.collect(0)
gc.collect(1)
gc.collect(0)
print(gc.get_count()[1:])
gc.freeze()
print(gc.get_count()[1:])
gc.unfreeze()
print(gc.get_freeze_count())
