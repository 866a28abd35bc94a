def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
print(list(k), list(v), list(i))
d['d'] = 4
print(k, v, i)
print('a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i, ('a',) in i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), list(reversed(d)))
print(k.mapping, type(k).__name__, type(v).__name__, type(i).__name__)
print(k == {'a', 'b', 'c', 'd'}, k == ['a', 'b', 'c', 'd'], i == {('a', 1), ('b', 2), ('c', 3), ('d', 4)})
print(v == v, d.values() == d.values())
t(lambda: hash(k))
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__, type(reversed(d)).__name__)
t(lambda: d.keys(1))
