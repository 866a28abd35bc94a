def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys({}))
print(dict.fromkeys({'x': 1, 'y': 2}, 5), dict.fromkeys({3, 1, 2}))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys(1))
t(lambda: dict.fromkeys([[]]))
class D(dict):
    pass
x = D.fromkeys('ab', 1)
print(x, type(x).__name__)
d = {'a': [1], 'b': 2}
c = d.copy()
c['a'].append(2); c['z'] = 0
print(d, c)
d.clear(); print(d, c)
t(lambda: d.copy(1))
e = {i: i for i in range(10)}
for i in range(8):
    del e[i]
print(e.copy(), dict(e))
