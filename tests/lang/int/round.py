def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 5, 15, 25, 35, -25, 12345, 12350, 12250, -12350, 10**20 + 5 * 10**18, 2**70]:
    print(v, [round(v, n) for n in [-20, -5, -3, -2, -1, 0, 1, 5]])
t(lambda: round(5, 2.0))
t(lambda: round(5, None))
t(lambda: (5).__round__(None))
t(lambda: (5).__round__(1, 2))
t(lambda: round(5, 10**30))
t(lambda: round(5, -10**3))
print(type(round(5, -1)).__name__, type(round(True, 0)).__name__)
