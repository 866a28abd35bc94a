# A list that contains itself is found by gc.collect().
import gc
gc.disable()
gc.collect()
l = []
l.append(l)
del l
print(gc.collect())
print(gc.collect())
a = [1, 2]
b = [a]
a.append(b)
del a, b
print(gc.collect())
