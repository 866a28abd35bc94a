# A suspended generator in a cycle: collecting it closes it (finally runs).
import gc
gc.disable()
gc.collect()
log = []
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        log.append('finally')
box = []
g = gen(box)
box.append(g)
print(next(g))
del g, box
print(log)
n = gc.collect()
print(n > 0, log)
