from itertools import pairwise, zip_longest
print(list(pairwise('ABCDEFG')))
print(list(pairwise([])), list(pairwise([1])))
print(list(pairwise(range(3))))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', [1, 2, 3, 4])))
print(list(zip_longest()))
print(list(zip_longest([], [])))
print(list(zip_longest('a', 'bcd', 'ef', fillvalue=0)))
z = zip_longest([1], [2, 3])
print(next(z), next(z))
try:
    next(z)
except StopIteration:
    print('stop')
def gen():
    yield 1
    raise ValueError('in gen')
try:
    list(zip_longest(gen(), [1, 2, 3]))
except ValueError as e:
    print('ValueError', e)
for bad in ["pairwise()", "pairwise(1)", "pairwise([], [])", "zip_longest(a=1)", "zip_longest(1)",
            "zip_longest([], fillvalue=1, other=2)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
