d = {'a': 1, 'b': 2, 'c': 3}
items = list(d.items())
print(items, [hash(x) == hash(tuple(x)) for x in items])
kept = [x for x in d.items()]
print(kept, len(set(kept)))
s = set()
for it in d.items():
    s.add(it)
print(sorted(s))
e = list(enumerate('abc'))
print(e, {x for x in enumerate('ab')})
z = list(zip('ab', 'cd'))
print(z, set(zip('ab', 'cd')) == {('a', 'c'), ('b', 'd')})
pairs = {}
for p in zip('xy', 'zw'):
    pairs[p] = 1
print(pairs)
for k, v in d.items():
    pass
print(k, v)
