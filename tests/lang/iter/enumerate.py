def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', -3)), list(enumerate([], 5)))
print(list(enumerate('ab', start=10)), list(enumerate(iterable='xy', start=2)))
print(list(enumerate('ab', 10**20)), list(enumerate('ab', 2**63 - 1)))
t(lambda: enumerate())
t(lambda: enumerate(1))
t(lambda: enumerate([], 1.5))
t(lambda: enumerate([], 2, 3))
t(lambda: enumerate([], start=2, x=1))
t(lambda: enumerate([], foo=1))
e = enumerate('xyz')
print(type(e).__name__, next(e), next(e), list(e))
for i, c in enumerate('hi'):
    print(i, c)
class E(enumerate):
    pass
print(list(E('ab', 3)), type(E('a')).__name__)
pairs = [p for p in enumerate(range(3))]
print(pairs, pairs[0] is not pairs[1])
