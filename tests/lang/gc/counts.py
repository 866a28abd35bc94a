# get_count(): collecting a generation resets it and the younger ones, and
# adds one to the next one.
import gc
gc.disable()
gc.collect()
print(gc.get_count()[1:])
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(0)
print(gc.get_count()[1:])
gc.collect(1)
print(gc.get_count()[1:])
gc.collect(0)
gc.collect(1)
print(gc.get_count()[1:])
gc.collect(2)
print(gc.get_count()[1:])
c0 = gc.get_count()[0]
keep = [[] for i in range(50)]
print(gc.get_count()[0] - c0 >= 50)
