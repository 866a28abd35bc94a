def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


class C:
    a = 1
    def __init__(self):
        self.x = 1
        self.y = 2
check(lambda: vars(C()))
check(lambda: 'a' in vars(C))
check(lambda: vars(1))
check(lambda: vars(1, 2))
def f():
    p = 1
    q = 2
    return sorted(vars())
check(f)
def g():
    z = 3
    return dir()
check(g)
check(lambda: [n for n in dir(C()) if not n.startswith('__')])
check(lambda: 'append' in dir([]))
check(lambda: dir(1, 2))
class D:
    def __dir__(self):
        return ['b', 'a', 'c']
check(lambda: dir(D()))
import types
check(lambda: vars(types.SimpleNamespace(k=1)))
