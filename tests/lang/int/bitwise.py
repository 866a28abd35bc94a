def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 5, -5, 255, -256, 2**64, -2**64, 2**64 - 1, -(2**64) + 1, 2**100 + 12345, -(2**100) - 12345, 2**63, -2**63]
for a in vals:
    print(a, ~a)
    for b in vals:
        print(a & b, a | b, a ^ b)
t(lambda: 1 & 1.0)
t(lambda: 1 | 'a')
t(lambda: ~1.5)
