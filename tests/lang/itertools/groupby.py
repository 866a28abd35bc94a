from itertools import groupby
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print(list(groupby([])))
# groups are invalidated when the parent advances
groups = []
for k, g in groupby('aabbc'):
    groups.append(g)
print([list(g) for g in groups])
gb = groupby('aaabbb')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
gb = groupby([1, 1, 2])
k, g = next(gb)
print(list(g), list(g))
print(next(gb)[0])
print(type(g).__name__)
try:
    next(gb)
except StopIteration:
    print('stop')
data = [('a', 1), ('a', 2), ('b', 3)]
print({k: [v for _, v in g] for k, g in groupby(data, key=lambda p: p[0])})
def badkey(x):
    raise KeyError(x)
try:
    list(groupby([1], badkey))
except KeyError as e:
    print('KeyError', e)
for bad in ["groupby()", "groupby(1)", "groupby([], None, 3)", "groupby([], foo=1)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
print(list(groupby(iterable=[1, 1], key=None))[0][0])
