# A __del__ that resurrects its object: the object survives, __del__ is not
# called again, and gc.is_finalized says so.
import gc
gc.disable()
gc.collect()
saved = []
calls = []
class R:
    def __del__(self):
        calls.append(1)
        saved.append(self)
r = R()
r.me = r
print(gc.is_finalized(r))
del r
print(gc.collect())
print(len(calls), len(saved))
obj = saved.pop()
print(gc.is_finalized(obj), obj.me is obj)
del obj
print(gc.collect())
print(len(calls), len(saved))
