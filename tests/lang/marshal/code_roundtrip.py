# code objects survive dumps/loads: the loaded code runs identically
import marshal

src = '''
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def kinds(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))

def closure(x):
    total = [x]
    def add(y):
        nonlocal x
        x += y
        total.append(x)
        return total
    return add

def gen(n):
    for i in range(n):
        yield i * i

def handler(v):
    try:
        return 10 // v
    except ZeroDivisionError as exc:
        return 'caught ' + str(exc)
    finally:
        log.append(v)

class Point:
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

async def coro():
    return 42

log = []
consts = (1, 2.5, 3j, 'text', b'raw', None, ..., (1, (2, 3)), frozenset({4}))
'''
code = compile(src, 'roundtrip.py', 'exec')
for version in (3, 4):
    loaded = marshal.loads(marshal.dumps(code, version))
    print(type(loaded).__name__, loaded == code)
    ns = {}
    exec(loaded, ns)
    print(ns['fib'](15))
    print(ns['kinds'](1, d=4, z=9))
    print(ns['kinds'](1, 2, 3, 4, 5, d=6))
    add = ns['closure'](10)
    add(1)
    print(add(2))
    print(list(ns['gen'](5)))
    print(ns['handler'](3), ns['handler'](0), ns['log'])
    print(ns['Point'](1, 'y'), ns['Point'].dims)
    c = ns['coro']()
    try:
        c.send(None)
    except StopIteration as e:
        print('coro', e.value)
    print(ns['consts'])
# a function's __code__ on its own
def f(a, *, b=1):
    return [a, b, 'f']
g = type(f)(marshal.loads(marshal.dumps(f.__code__)), globals())
print(g(5, b=6), g.__code__ == f.__code__)
