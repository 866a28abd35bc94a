# A collection while a generator runs (its frame is live), then the
# suspended generator in a cycle is closed by the collector.
import gc
gc.disable()
gc.collect()
log = []
def g(box):
    x = [box, 'local']
    n = gc.collect()
    try:
        yield n
    finally:
        log.append(('finally', len(x)))
box = []
it = g(box)
box.append(it)
print(next(it))
print(gc.is_tracked(it), log)
del it, box
print(gc.collect(), log)
def h():
    t = []
    t.append(t)
    del t
    yield gc.collect()
print(list(h()))
