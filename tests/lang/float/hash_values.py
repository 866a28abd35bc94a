for v in [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, 0.1, 1e-300, 1e300, 2.0**70, -2.0**70, 2.0**61, 2.0**61 - 2**8, 3.14159, 1e-5,
          float('inf'), float('-inf'), 2.0**-1074, 123456789.125]:
    print(repr(v), hash(v))
print(hash(1.0) == hash(1), hash(2.0**100) == hash(2**100), hash(-1.0), hash(0.5) == hash(0.5))
n = float('nan')
print(hash(n) == hash(n), {n: 1}[n] if True else None)
print(len({0.0, -0.0, 0, False}), len({1, 1.0, True}))
