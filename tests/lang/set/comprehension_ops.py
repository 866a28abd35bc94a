evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(evens, threes)
print(evens & threes, evens - threes, evens ^ threes)
print(sorted(evens | threes))
words = {'apple', 'banana', 'cherry'}
print(sorted(words), {w[0] for w in words} == {'a', 'b', 'c'})
print(len({(i, j) for i in range(3) for j in range(3)}))
print({frozenset({1, 2}), frozenset({2, 1})})
print(set(range(5)) <= set(range(10)), set() < {1}, {1} > set())
a = {1, 2, 3}
b = a.copy()
b.add(4)
print(a, b, a.issubset(b), b.issuperset(a))
print(max({3, 1, 2}), min({'b', 'a'}), sum({1, 2, 3}), sorted({-1, 5, 2}))
