def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
c = dict(a)
c |= b; print(c)
c |= [('w', 0)]; print(c)
t(lambda: a | [('q', 1)])
t(lambda: a | 1)
def f():
    d = {}
    d |= 1
t(f)
print({**a, **b}, {**b, 'extra': 1, **a})
def g(**kw):
    return kw
print(g(**a), g(**a, z=3))
t(lambda: g(**a, **{'x': 5}))
t(lambda: g(**{1: 2}))
t(lambda: g(**[1]))
