# Calls with *args and **kwargs: unpacking and their errors.
def f(*a, **k):
    return a, k

print(f(*(1, 2), *[3], 4, **{"x": 1}, y=2))
print(f(*"ab", **dict(z=3)))

class M:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()

print(f(**M()))

def t(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)

t(lambda: f(*3))
t(lambda: f(1, *3))
t(lambda: f(**3))
t(lambda: f(**{"a": 1}, **{"a": 2}))
t(lambda: f(a=1, **{"a": 2}))
t(lambda: f(**{1: 2}))
t(lambda: print(**{"sep": 1}, **{"sep": 2}))
t(lambda: [*3])
t(lambda: {**3})
t(lambda: len(*[1, 2]))
