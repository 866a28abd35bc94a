def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 5, -5, 2**63, -2**63, 2**63 - 1, 10**40]:
    print(-v, +v, abs(v), ~v, bool(v), float(v), int(v), v.__index__())
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(2**70, 3), divmod(-2**70, 3))
print(sum([2**62, 2**62, 2**62]), 2**62 + 2**62 + 2**62)
import operator
print(operator.index(5), operator.add(2, 3), operator.mul(2**40, 2**40), operator.floordiv(-9, 4))
t(lambda: 1 + 'a')
t(lambda: 'a' * 2**70)
t(lambda: [1] * 2**70)
t(lambda: 2 @ 3)
