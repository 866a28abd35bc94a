def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1}
d.update({'b': 2}); print(d)
d.update([('c', 3), ['d', 4]]); print(d)
d.update(e=5, a=0); print(d)
d.update({'f': 6}, g=7); print(d)
d.update(); print(d)
t(lambda: d.update(1))
t(lambda: d.update([1]))
t(lambda: d.update([(1, 2, 3)]))
t(lambda: d.update(['ab', 'cde']))
t(lambda: d.update({}, {}))
class M:
    def keys(self):
        return ['x', 'y']
    def __getitem__(self, k):
        return k.upper()
d2 = {}
d2.update(M()); print(d2)
print(dict(M()), dict([('a', 1)], b=2), dict({'a': 1}, a=2))
t(lambda: dict(1, 2))
t(lambda: dict([[1, 2, 3]]))
t(lambda: dict([1]))
d3 = {}
d3.update('ab' for _ in range(2))
print(d3)
