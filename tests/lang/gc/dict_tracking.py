# Dicts start untracked and become tracked when a container goes in.
import gc
gc.disable()
d = {}
print(gc.is_tracked(d))
d['a'] = 1
d[2] = 'x'
d[3.5] = None
print(gc.is_tracked(d))
x = 1
d['t'] = (x, 2)
print('atomic tuple', gc.is_tracked(d))
d['l'] = []
print(gc.is_tracked(d))
print(gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked(dict(a=1)), gc.is_tracked(dict(a=[])))
print(gc.is_tracked({1: 2}.copy()), gc.is_tracked({1: []}.copy()))
print(gc.is_tracked(dict.fromkeys('ab')))
def f():
    pass
class D(dict):
    pass
print('subclass', gc.is_tracked(D()))
e = {}
e[(1, f)] = 1
print('tuple key', gc.is_tracked(e))
f = {'x': []}
f['x'] = 1
print(gc.is_tracked(f))
gc.collect()
print('after full collection', gc.is_tracked(f))
g = {'x': []}
g['x'] = 1
gc.collect(0)
print('after gen0 collection', gc.is_tracked(g))
