# small ints -5..256 are cached: equal values computed at run time are one object
def same(a, b):
    return a is b
vals = [int(str(i)) for i in range(-10, 300)]
cached = [v for v in vals if same(v, int(str(v)))]
print("cached range", cached[0], cached[-1], len(cached))
x = 100
print(same(x + 100, 200), same(x * 2 + 56, 256), same(x * 2 + 57, 257))
print(same(-x // 20, -5), same(-x // 16 - 1, -8))
print(same(len("abc"), 3), same(ord("A"), 65), same(len("a" * 300), 300))
print(same(int("7"), 7), same(int(7.9), 7), same(int("0x10", 16), 16))
print(same(True + 1, 2), same(5 - 5, 0), same(abs(-3), 3))
print(same(divmod(17, 5)[0], 3), same(round(2.6), 3), same(sum([1, 2, 3]), 6))
print(same(int.from_bytes(b"\x05", "big"), 5), same((10).bit_length(), 4))
print(same(list(range(5))[4], 4), same(hash(9), 9), same(max(3, 4), 4))
print(same("abcabc".count("a"), 2), same("abc".find("c"), 2))
big = 10 ** 20
print(same(big - big, 0), same(big // big, 1))
a = 1000
b = 999 + int("1")
print("1000 computed twice", same(a, b))
print(same(0, False), same(1, True))
