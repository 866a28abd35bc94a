print(1 + 2 * 3, (1 + 2) * 3, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1)
print(7 / 2, 1 / 3, 10 / 5, 0.1 + 0.2, 1e300 * 1e10, -1e300 * 1e10)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(abs(-3), abs(-3.5), abs(3 + 4j))
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2)
x = 5
x += 3; x *= 2; x -= 1; x //= 3; x **= 2; x %= 7
print(x)
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5))
print(int("42"), int("-0x1f", 16), int("0b101", 0), float("1.5e3"), float("-inf"))
print(True + True, True * 10, False - 1)
