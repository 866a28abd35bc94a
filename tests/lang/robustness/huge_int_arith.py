# Robustness: arithmetic on huge ints (10**100000 and beyond) gives exact
# results, checked through cheap invariants (no huge decimal output).
import sys

a = 10 ** 100000
b = 7 ** 50000 + 12345
print(a.bit_length(), b.bit_length())
print((a * b) // b == a, (a * b) % b, divmod(a, b)[1] < b)
print((a + b - a) == b, -a < 0 < a, abs(-a) == a)
print((a * a).bit_length(), (a ** 3).bit_length())
print(a % 97, b % 1000003, a % -97, (-a) % 97)
print((a >> 300000).bit_length(), (a << 12345).bit_length(), (-a >> 10 ** 6))
print((a & (2 ** 64 - 1)), (a | 1) & 1, (a ^ a), (~a) == -a - 1)
print(pow(3, 10 ** 18, 10 ** 9 + 7), pow(a, b, 1000007), pow(2, -1, 7))
print(pow(b, 65537, a + 1) < a + 1)
print(a // 3 * 3 + a % 3 == a, a // -3 * -3 + a % -3 == a)
print(a == a + 0, a != a + 1, a > b, hash(a) == hash(a + 0))
print(float(b % 10 ** 300) > 0, (a / (a // 2)), b / b, a / 10 ** 99999)
print((a * 1.0 if False else 1), int(str(12345678901234567890 ** 3)) == 12345678901234567890 ** 3)
print(a.to_bytes(41530, "big")[:3], len(a.to_bytes(41530, "little")))
print(int.from_bytes(a.to_bytes(41530, "big"), "big") == a)
print(sum(range(10 ** 6)) == 10 ** 6 * (10 ** 6 - 1) // 2)
import math
print(math.gcd(a, b * 10), math.isqrt(a) == 10 ** 50000, math.factorial(3000).bit_length())
print(math.log10(a), math.log2(2 ** 100000), math.log(a) > 230258)
print(round(a, -99999) == a, round(b, -5) % 10 ** 5)
print(format(2 ** 4000, "x")[:20], len(bin(a)), len(oct(b)), len(hex(-a)))
print(a.bit_count(), (a - 1).bit_count() > 0)
print((2 ** 100000).__sizeof__() > 0, isinstance(a, int))
print(complex(2 ** 1000, 0).real == 2.0 ** 1000)
print(divmod(-a, 7)[1], divmod(a, -7)[1])
print(int("1" + "0" * 4299) == 10 ** 4299, len(str(10 ** 4299)))
