def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 2, -2, 7, -7, 13, -13, 100, -100, 255, 256, 257, -5, -6]
for a in vals:
    for b in vals:
        print(a, b, a + b, a - b, a * b)
