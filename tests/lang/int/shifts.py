def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for a in [0, 1, -1, 5, -5, 2**62, -2**62, 2**63 - 1, -2**63, 10**30, -10**30]:
    for n in [0, 1, 2, 31, 32, 63, 64, 65, 100]:
        print(a, n, a << n, a >> n)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: 1 << (1 << 70))
print(0 << (1 << 70), 1 >> (1 << 70), -1 >> (1 << 70), 10**30 >> (1 << 70))
t(lambda: 1 << 1.0)
