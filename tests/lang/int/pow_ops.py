def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(2**10, 2**62, 2**63, 2**64, (-2)**63, (-2)**64, 3**40, 7**0, 0**0, (-1)**1001, 1**10**20)
print(2**-1, (-2)**-1, 10**-3, 0**5)
t(lambda: 0 ** -1)
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, 2, -7), pow(3, -1, 7), pow(3, -1, -7), pow(10**20, 10**20, 10**9 + 7))
print(pow(2, 100, 2**70), pow(-5, 3, 1), pow(5, 0, 1), pow(5, 0, 7), pow(0, 0, 7))
print(pow(123456789, 987654321, 2**61 - 1), pow(2, 10**5, 10**30 + 57))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3, 5.0))
print(pow(2, 5), pow(2, -2), pow(-8, 1))
print(len(str(3**8000)))
