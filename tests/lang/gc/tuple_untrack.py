# Tuples of atomic values are untracked by the first collection that sees them.
import gc
gc.disable()
x = 1
t1 = (x, 'a', 2.0, None)
t2 = (x, [])
t3 = (x, (x, 2))
t4 = (x, (x, []))
print(gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(t3), gc.is_tracked(t4))
gc.collect()
print(gc.is_tracked(t1), gc.is_tracked(t2), gc.is_tracked(t3), gc.is_tracked(t4))
print(gc.is_tracked(t3[1]), gc.is_tracked(t4[1]))
t5 = tuple([x, 'b'])
print(gc.is_tracked(t5))
gc.collect(0)
print(gc.is_tracked(t5))
print(gc.is_tracked(()))
