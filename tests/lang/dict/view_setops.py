d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 20, 'c': 3, 'd': 4}
k, ek = d.keys(), e.keys()
print(sorted(k & ek), sorted(k | ek), sorted(k - ek), sorted(k ^ ek))
print(sorted(k & ['a', 'z']), sorted(k | ['z']), sorted(k - ['a']), sorted(k ^ ['a', 'z']))
print(sorted(['a', 'z'] & k), sorted(['z'] | k), sorted(['a', 'q'] - k), sorted(['a', 'z'] ^ k))
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()))
print(sorted(d.items() ^ e.items()))
print(sorted(d.items() | {('x', 0)}))
print(k.isdisjoint(['x']), k.isdisjoint(['a']), k.isdisjoint(set()), d.items().isdisjoint([('a', 1)]))
print(k < {'a', 'b', 'c', 'z'}, k <= {'a', 'b', 'c'}, k > {'a'}, k >= {'a', 'b', 'c'}, k == k, k != ek)
print(type(k & ek).__name__, type(k | ek).__name__)
try:
    d.values() & e.values()
except TypeError as ex:
    print(type(ex).__name__, ex)
print({1, 2} == {1: 0, 2: 0}.keys(), {1: 0, 2: 0}.keys() == {1, 2})
