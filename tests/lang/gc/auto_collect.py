# With the collector enabled, allocations trigger collections on their own.
import gc
gc.enable()
gc.collect()
gc.set_threshold(50, 10, 10)
before = sum(s['collections'] for s in gc.get_stats())
log = []
class A:
    def __del__(self):
        log.append('del')
a = A()
a.me = a
del a
junk = []
for i in range(2000):
    junk.append([i])
print(log)
after = sum(s['collections'] for s in gc.get_stats())
print(after > before)
gc.set_threshold(700, 10, 10)
