def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
d['a'] = 1; d['b'] = 2; d[3] = 'three'; d[(1, 2)] = 'tup'; d[None] = 0
print(d, len(d))
print(d['a'], d[3], d[1, 2], d[None])
t(lambda: d['zz'])
t(lambda: d[(1, 2, 3)])
t(lambda: d[[1]])
del d['a']
print(d)
def f():
    del d['nope']
t(f)
print('b' in d, 'a' in d, 'a' not in d)
t(lambda: [] in d)
d['b'] = 22
print(d)
print({1: 'int', 1.0: 'float', True: 'bool'})
print(dict(a=1, b=2) == {'b': 2, 'a': 1}, {1: 2} != {1: 3})
t(lambda: {} < {})
t(lambda: hash({}))
print(bool({}), bool({0: 0}))
