# A threshold of 0 disables automatic collection; gc.collect() still works.
import gc
gc.enable()
gc.collect()
gc.set_threshold(0)
log = []
class A:
    def __del__(self):
        log.append('del')
a = A()
a.me = a
del a
junk = [[i] for i in range(5000)]
print(log)
print(gc.collect() > 0, log)
gc.set_threshold(700, 10, 10)
