# get_objects lists tracked objects (not the result list itself).
import gc
gc.disable()
gc.collect()
marker = ['marker']
objs = gc.get_objects()
print(any(o is marker for o in objs))
print(any(o is objs for o in objs))
young = gc.get_objects(0)
print(any(o is marker for o in young))
gc.collect(0)
print(any(o is marker for o in gc.get_objects(0)), any(o is marker for o in gc.get_objects(1)))
gc.collect(1)
print(any(o is marker for o in gc.get_objects(1)), any(o is marker for o in gc.get_objects(2)))
print(any(o is marker for o in gc.get_objects(generation=None)))
print(any(o is 12345 for o in gc.get_objects()))
print(type(gc.get_objects(-1)).__name__)
