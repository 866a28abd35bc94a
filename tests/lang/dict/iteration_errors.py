def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 1, 2: 2}
def f():
    for k in d:
        d[k + 10] = 0
t(f)
print(len(d))
d = {1: 1, 2: 2}
def g():
    for k in d:
        del d[k]
t(g)
d = {1: 1, 2: 2, 3: 3}
def h():
    out = []
    for k in d:
        out.append(k)
        del d[k]
        d[k + 100] = 0
    return out
t(h)
d = {1: 1, 2: 2}
def m():
    for k in d:
        d[k] = 'changed'
    return d
t(m)
d = {1: 1, 2: 2}
it = iter(d.items())
print(next(it))
d[3] = 3
t(lambda: next(it))
t(lambda: next(it))
it = iter(d)
print(it.__length_hint__(), next(it), it.__length_hint__())
