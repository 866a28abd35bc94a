from collections import defaultdict
import copy
d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b']
print(d, d['a'], len(d), 'c' in d, d.get('c'), isinstance(d, dict))
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c.default_factory)
print(repr(defaultdict()), repr(defaultdict(None, {1: 2})), repr(defaultdict(int, a=1)))
print(defaultdict(list, [(1, [2])]), defaultdict(set, {1: {2}}, x={3}))
try:
    defaultdict()[1]
except KeyError as e:
    print('KeyError', e)
n = defaultdict(None)
try:
    n['missing']
except KeyError as e:
    print('KeyError', repr(e))
print(c.__missing__('zz'), c['zz'])
e = c.copy()
print(type(e).__name__, e == c, e is c, e.default_factory)
print(copy.copy(d), copy.deepcopy(d))
d.default_factory = lambda: 'dflt'
print(d['new'])
d.default_factory = None
print(d.default_factory)
u = defaultdict(int, {1: 1}) | {2: 2}
print(type(u).__name__, u)
v = {0: 0} | defaultdict(int, {1: 1})
print(type(v).__name__, v)
w = defaultdict(list)
w |= {5: [5]}
print(w)
print(defaultdict(list).__reduce__()[:4])
print(defaultdict(int) == {}, defaultdict(int, a=1) == {'a': 1})
class DD(defaultdict):
    pass
dd = DD(int)
dd[1] += 1
print(dd, type(dd.copy()).__name__)
r = defaultdict(list)
r['self'] = r
print(r)
print(defaultdict[str, int])
for bad in ["defaultdict(1)", "defaultdict(list) | 1", "defaultdict(list, 1)", "1 | defaultdict(list)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
