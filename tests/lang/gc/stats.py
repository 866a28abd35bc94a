# get_stats(): per-generation collections / collected / uncollectable.
import gc
gc.disable()
gc.collect()
s = gc.get_stats()
print(len(s), sorted(s[0]))
before = gc.get_stats()
l = []
l.append(l)
del l
gc.collect()
after = gc.get_stats()
for b, a in zip(before, after):
    print({k: a[k] - b[k] for k in a})
before = gc.get_stats()
gc.collect(0)
gc.collect(1)
after = gc.get_stats()
for b, a in zip(before, after):
    print({k: a[k] - b[k] for k in a})
