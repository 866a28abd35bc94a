def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(10**30)
print(r, r[10**29], r[-1], r[10**29:10**29 + 3], 10**29 in r, r.index(5))
t(lambda: len(r))
print(r.__len__ if False else 'ok')
print(list(range(2**63 - 2, 2**63 + 2)), list(range(-2**63 + 1, -2**63 - 2, -1)))
it = iter(range(10**20, 10**20 + 2))
print(type(it).__name__, list(it))
print(type(iter(range(5))).__name__, type(iter(range(2**63 - 1, 2**63))).__name__, type(reversed(range(2**63 - 1, 2**63))).__name__)
print(list(reversed(range(2**64, 2**64 + 3))), list(reversed(range(0, 10, 3))), list(reversed(range(0))))
print(range(0, 10**20, 10**19)[3:7], range(-10**20, 0, 10**19)[::-3])
it = iter(range(5))
print(it.__length_hint__(), next(it), it.__length_hint__())
print(sum(range(100000)), sum(range(-50000, 50000, 7)))
