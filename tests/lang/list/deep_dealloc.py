l = []
for i in range(300000):
    l = [l]
del l
print('list ok')
t = ()
for i in range(300000):
    t = (t,)
del t
print('tuple ok')
d = {}
for i in range(300000):
    d = {'k': d}
del d
print('dict ok')
s = frozenset()
for i in range(100000):
    s = frozenset([s])
del s
print('frozenset ok')
m = None
for i in range(100000):
    m = [(m,), {1: m}]
m = None
print('mixed ok')
