# one-character latin-1 strings made at run time are cached (one object per
# character); wider characters are not
def same(a, b):
    return a is b
print(all(same(chr(i), chr(i)) for i in range(256)))
print(same(chr(256), chr(256)), same(chr(0x4e00), chr(0x4e00)))
s = "".join(["hel", "lo"])
print(same(s[1], chr(101)), same(s[-1], s[4]), same(s[2], s[3]))
w = "".join(["caf", "\xe9"])
print(same(w[3], chr(0xe9)), same(w[3:], chr(0xe9)))
print(same(s[1:2], s[1]), same("".join([s[1]]), s[1]))
up = "".join(["A", "B"])
print(same(up.lower()[0], chr(97)), same(up[0], chr(65)))
b = bytes([120])
print(same(b.decode(), chr(120)), same(b.decode("latin-1"), chr(120)))
u = "".join(["\u0100", "\u0101"])
print(same(u[0], u[0]), u[0] == chr(256))
lst = list("".join(["ban", "ana"]))
print(same(lst[1], lst[3]), same(lst[0], chr(98)))
print(same(str(chr(120)), chr(120)), same(chr(7).upper(), chr(7)))
print(same(s.split("e")[0], chr(104)))
