import functools
@functools.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__, fib.cache_parameters())
@functools.lru_cache
def g(x):
    return x + 1
print(g(1), g.cache_info())
@functools.cache
def h(x):
    return [x]
print(h(1) is h(1))
p = functools.partial(int, base=2)
print(p('101'), repr(p))
print(functools.reduce(lambda a, b: a * b, range(1, 6)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def named(x):
    "doc here"
    return x
print(named.__name__, named.__doc__, named(4))
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class W:
    @functools.cached_property
    def val(self):
        print('computing')
        return 42
w = W()
print(w.val, w.val)
pm = functools.partialmethod
class Z:
    def f(self, a, b):
        return a, b
    g = pm(f, 1)
print(Z().g(2))
