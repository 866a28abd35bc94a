from _functools import _lru_cache_wrapper
from collections import namedtuple
Info = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
calls = []
def sq(x):
    calls.append(x)
    return x * x
c = _lru_cache_wrapper(sq, None, False, Info)
print([c(i) for i in [1, 2, 1, 3, 2]], calls, c.cache_info())
c.cache_clear()
print(c.cache_info(), c(2), c.cache_info())
calls.clear()
b = _lru_cache_wrapper(sq, 2, False, Info)
for i in [1, 2, 1, 3, 2, 1]:
    b(i)
print(calls, b.cache_info())
calls.clear()
z = _lru_cache_wrapper(sq, 0, False, Info)
z(1); z(1)
print(calls, z.cache_info())
calls.clear()
t = _lru_cache_wrapper(sq, None, True, Info)
t(2); t(2.0); t(2)
print(calls, t.cache_info())
calls.clear()
u = _lru_cache_wrapper(sq, None, False, Info)
u(2); u(2.0)
print(calls, u.cache_info())
def kw(a, b=0):
    calls.append((a, b))
    return a + b
k = _lru_cache_wrapper(kw, 10, False, Info)
print(k(1, b=2), k(1, b=2), k(1, 2), k(a=1, b=2), k.cache_info())
n = _lru_cache_wrapper(sq, -5, False, Info)
print(n.cache_info())
fib = None
def _fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = _lru_cache_wrapper(_fib, None, False, Info)
print(fib(80), fib.cache_info())
class A:
    def meth(self, x):
        return ('meth', x)
    meth = _lru_cache_wrapper(meth, 8, False, Info)
print(A().meth(3), A.meth.cache_info().misses)
c.__wrapped__ = sq
print(c.__wrapped__ is sq, c.__dict__.keys())
print(type(c).__name__, type(c).__module__)
for bad in ["_lru_cache_wrapper()", "_lru_cache_wrapper(1, None, False, Info)",
            "_lru_cache_wrapper(sq, 'a', False, Info)", "c([])", "c(1, 2)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
