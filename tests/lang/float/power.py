def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, float('inf'), float('-inf'), float('nan')]
for a in vals:
    for b in vals:
        try:
            print(repr(a), repr(b), repr(a ** b))
        except Exception as e:
            print(repr(a), repr(b), type(e).__name__, e)
t(lambda: 0.0 ** -1)
t(lambda: (-8.0) ** (1/3))
t(lambda: 10.0 ** 400)
t(lambda: 2.0 ** 10000)
t(lambda: (-2.0) ** 0.5)
t(lambda: (-2.0) ** 1025)
t(lambda: 2.0 ** -10000)
t(lambda: pow(2.0, 3.0))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(-2.0, 3))
t(lambda: pow(0.0, 0.0))
t(lambda: 2 ** -1)
t(lambda: (-2) ** -3)
t(lambda: 0 ** -2)
t(lambda: 10 ** -400)
t(lambda: 2 ** 0.5)
t(lambda: (-4) ** 0.5)
