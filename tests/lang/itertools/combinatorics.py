from itertools import product, permutations, combinations, combinations_with_replacement as cwr
print(list(product('ab', range(2))))
print(list(product(range(2), repeat=3)))
print(list(product()))
print(list(product([], [1])))
print(list(product('ab', repeat=0)))
print(list(product('ab', 'cd', repeat=2))[:5], len(list(product('ab', 'cd', repeat=2))))
print(list(permutations('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations([], 0)), list(permutations([1], 2)), list(permutations('ab', None)))
print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations([], 0)))
print(list(cwr('ABC', 2)))
print(list(cwr([], 0)), list(cwr([], 2)), list(cwr('a', 3)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(cwr(range(5), 3))))
p = permutations([1, 2])
first = next(p)
print(first, next(p), first)
print(list(combinations(iterable='abc', r=2)))
for bad in ["product(repeat=-1)", "product(1)", "product(foo=1)", "product([1], repeat='a')",
            "permutations()", "permutations([], -1)", "permutations([], 'a')", "permutations(1)",
            "combinations([])", "combinations([], -1)", "combinations([], 'a')", "combinations(1, 2)",
            "cwr([], -1)", "cwr([])", "permutations([], 1, 2)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
