# A generator whose frame refers back to the generator.
import gc
gc.disable()
gc.collect()
def gen():
    me = yield
    yield me
g = gen()
next(g)
g.send(g)
del g
print(gc.collect())
def gen2(box):
    yield box
box = []
g = gen2(box)
box.append(g)
del g, box
print(gc.collect())
