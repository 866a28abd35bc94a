def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [2.675, 0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 1e300, 123.456, -123.456, 5e-324, 1.23456789e-10, 0.1, 12345.5, 1e16, 2.5e22]:
    print(repr(v), [round(v, n) for n in [None, 0, 1, 2, 3, 10, -1, -2, -5, -300, 400, -400]])
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
t(lambda: round(float('inf'), 2))
t(lambda: round(float('nan'), 2))
t(lambda: round(1.5, 2.0))
t(lambda: round(1.7976931348623157e308, -308))
t(lambda: round(1.5, 10**30))
t(lambda: round(1.5, -10**30))
t(lambda: (1.5).__round__(None))
t(lambda: (1.5).__round__(1, 2))
print(round(-0.4), round(-0.4, 0), round(0.4, 0), round(-0.0, 1))
