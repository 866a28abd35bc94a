def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.0, 0.5, float('inf'), float('-inf'), float('nan'), 1e308]
for a in vals:
    print(repr(a), [(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals])
print(sorted([3.5, -1.0, 2**60, 0, -0.5, 7]))
print(max(1.5, 2), min(1, 0.5), 1.0 in [1], 0.1 + 0.2 == 0.3)
t(lambda: 1.0 < 'a')
t(lambda: 1.0 < None)
print(1.0 == 'a', 1.0 != None)
