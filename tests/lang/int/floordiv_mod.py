def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [7, -7, 2, -2, 1, -1, 3, -3, 10**20, -10**20, 2**63, -2**63]
for a in vals:
    for b in vals:
        print(a, b, a // b, a % b, divmod(a, b))
t(lambda: 1 // 0)
t(lambda: 1 % 0)
t(lambda: divmod(1, 0))
t(lambda: 10**30 // 0)
t(lambda: 10**30 % 0)
