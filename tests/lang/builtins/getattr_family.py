def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


class C:
    x = 1
    def __init__(self):
        self.y = 2
c = C()
check(lambda: getattr(c, 'x'))
check(lambda: getattr(c, 'y'))
check(lambda: getattr(c, 'z'))
check(lambda: getattr(c, 'z', 'dflt'))
check(lambda: getattr(c, 1))
check(lambda: getattr(c))
check(lambda: getattr(c, 'x', 1, 2))
check(lambda: hasattr(c, 'y'))
check(lambda: hasattr(c, 'nope'))
check(lambda: hasattr(c, 1))
check(lambda: setattr(c, 'w', 5))
check(lambda: c.w)
check(lambda: setattr(c, 2, 5))
check(lambda: setattr(c, 'w'))
check(lambda: delattr(c, 'w'))
check(lambda: hasattr(c, 'w'))
check(lambda: delattr(c, 'w'))
check(lambda: delattr(c, 3))
check(lambda: setattr(1, 'x', 2))
check(lambda: delattr(1, 'real'))
class G:
    def __getattr__(self, name):
        if name == 'boom':
            raise ValueError('boom!')
        return name.upper()
g = G()
check(lambda: getattr(g, 'abc'))
check(lambda: hasattr(g, 'abc'))
check(lambda: hasattr(g, 'boom'))
check(lambda: getattr(g, 'boom', None))
