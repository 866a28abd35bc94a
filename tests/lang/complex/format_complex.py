specs = ['', '10', '.3', 'e', 'g', '+', '<20', '^20', 'f', '.2f', 'z', '#', 'n', '%', '10,', 'E', 'G', '*>25.3e', '-', ' ', '=10', '010', '0<10', 'd', 'x']
for v in [1j, 1+2j, -0.0-1j, complex(0.0, -0.0), 1.5e20+3j, complex(float('inf'), float('nan')), complex(-0.0, 0), 1234567.5-2.25j]:
    for s in specs:
        try:
            print(repr(v), repr(s), repr(format(v, s)))
        except Exception as e:
            print(repr(v), repr(s), type(e).__name__, e)
