a = 2 ** 200
b = 3 ** 150
print(a, b, a * b, a // b, a % b, -a // b, a - b)
print(a.bit_length(), (a - 1).bit_count(), a >> 190, 1 << 100, (-a) >> 3)
print(str(10 ** 50)[:10], len(str(7 ** 500)), hex(2 ** 70), int("9" * 40) + 1)
print(pow(3, 1000, 10 ** 9 + 7), pow(2, -1, 7), abs(-10 ** 30), -(10 ** 20))
print((10 ** 30).to_bytes(13, "big"), int.from_bytes(b"\xff" * 10, "little"))
print(10 ** 40 / 10 ** 20, float(2 ** 80), 2 ** 63 - 1, -2 ** 63, (2 ** 64) // 3)
print(sum(range(10 ** 6)), 12345678901234567890 * 98765432109876543210)
import math
print(math.factorial(30), math.gcd(2 ** 100, 6 ** 50), math.isqrt(10 ** 40))
