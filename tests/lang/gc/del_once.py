# PEP 442: __del__ of objects in a cycle is called once, then the cycle is freed.
import gc
gc.disable()
gc.collect()
log = []
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
a = A('a')
b = A('b')
a.other = b
b.other = a
del a, b
print(gc.collect())
print(sorted(log))
print(gc.collect())
print(sorted(log))
