def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

M = 2**63 - 1
m = -2**63
print(M + 1, m - 1, M * 2, m * -1, -m, abs(m), m // -1, m % -1, divmod(m, -1))
print(M * M, m * m, (M + 1) - 1, type((M + 1) - 1))
print(2**64 - 2**64, (2**64) // (2**32), (2**64 + 5) % 2**32)
x = 1
for i in range(100):
    x = x * 3 + 1
print(x, x.bit_length())
for i in range(100):
    x = (x - 1) // 3
print(x)
print(sum(range(10**6)))
print(12345678901234567890 * 98765432109876543210)
print(-12345678901234567890 * 98765432109876543210)
