def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d['a'], d['bb'], d.get('bb'), 'bb' in d, d)
class C(dict):
    pass
c = C()
t(lambda: c['x'])
class Counter(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
cn = Counter()
cn['a'] += 1; cn['a'] += 1; cn['b'] += 5
print(cn, type(cn).__name__, isinstance(cn, dict))
print(C(x=1) == {'x': 1}, type(C(x=1).copy()).__name__, type(C(x=1) | {}).__name__)
class K(dict):
    def keys(self):
        return ['p']
    def __getitem__(self, k):
        return 'item:' + k
print(dict(K(p=1, q=2)), {**K(p=1, q=2)})
class E(dict):
    def __missing__(self, k):
        raise LookupError('custom ' + str(k))
t(lambda: E()[1])
