def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -2**61, 2**63, -2**63, 2**64, 2**100, -2**100, 10**30, -10**30, 123456789]
for v in vals:
    print(v, hash(v))
for a in vals[:6]:
    for b in vals[:6]:
        print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print(hash(True), hash(False), hash(-2), hash(-1) == hash(-2))
print(2**64 == 2**64, 2**64 == 2**64 + 1, 2**64 > 2**63, -2**64 < -2**63)
print(sorted([10**20, -3, 2**70, 5, -10**25, 0]))
print(max(2**100, 2**99), min(-2**100, 3))
