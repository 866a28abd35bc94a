# deque, defaultdict and OrderedDict holding themselves.
import gc
from collections import deque, defaultdict, OrderedDict
gc.disable()
gc.collect()
d = deque()
d.append(d)
del d
print(gc.collect())
dd = defaultdict(list)
dd['me'] = dd
del dd
print(gc.collect())
od = OrderedDict()
od['me'] = od
del od
print(gc.collect() > 0)
