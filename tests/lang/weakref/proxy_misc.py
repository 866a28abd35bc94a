# proxies: comparisons, format, no refs to proxies, callbacks get the proxy; ref descriptors
import _weakref
class F(float): pass
class C:
    def __init__(self): self.items = [1,2]
    def __lt__(self, o): return "lt"
    def __gt__(self, o): return "gt"
f = F(2.5); pf = _weakref.proxy(f)
c = C(); pc = _weakref.proxy(c)
print(pc < 5, 5 < pc, pc > pc, pf < 3, 3 > pf, f"{pf}", format(pf, ""))
try: format(pf, ".1f")
except TypeError as e: print(e)
try: _weakref.proxy(pc)
except TypeError as e: print(e)
try: _weakref.ref(pc)
except TypeError as e: print(e)
log = []
o = C()
p = _weakref.proxy(o, lambda x: log.append(type(x).__name__))
del o
print(log)
print(dir(pc) == dir(c), pc.__dict__ is c.__dict__, pc.__class__)
try: _weakref.ref.__call__(pc)
except TypeError as e: print(e)
r = _weakref.ref(c)
print(r.__eq__(5), r.__ne__(r), r == pc, pc == r)
print(_weakref.ref[int], type(_weakref.ref[int]))
try: _weakref.ProxyType()
except TypeError as e: print(e)
print(_weakref.ref.__callback__)
r.__init__(c)
try: r.__callback__ = 1
except AttributeError as e: print(e)
