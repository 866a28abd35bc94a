import operator
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(10))))
it = iter({1: 1, 2: 2})
print(operator.length_hint(it))
next(it)
print(operator.length_hint(it))
print(operator.length_hint(iter({1, 2, 3})), operator.length_hint(reversed([1, 2])), operator.length_hint(iter((1,))))
print(operator.length_hint(iter('abc')), operator.length_hint(map(str, [1])), operator.length_hint(zip([1], [2]), 7))
