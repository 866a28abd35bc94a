def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(0, 100, 7)
print(14 in r, 15 in r, 98 in r, 105 in r, -7 in r, True in range(2), 1.0 in r, 7.0 in r, 'a' in r)
print(r.index(14), r.count(14), r.count(15), r.count(7.0), r.index(7.0))
t(lambda: r.index(15))
t(lambda: r.index(1.5))
t(lambda: r.index('a'))
t(lambda: r.index())
n = range(10, -10, -3)
print(list(n), 4 in n, 5 in n, n.index(-8), n[3], n[-1])
class I:
    def __index__(self): return 4
print(range(I()), range(10)[I()], list(range(1, 10)[I():]))
big = range(10**20, 10**20 + 100, 3)
print(10**20 + 3 in big, 10**20 + 4 in big, big.index(10**20 + 99), len(big), big[-1])
