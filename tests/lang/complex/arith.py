def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0j, 1j, 1+2j, -3-4j, 2.5, 3, complex(0, -0.0), complex(-0.0, 0), 1e200+1e200j]
for a in vals:
    for b in vals:
        r = []
        for op in ['+', '-', '*', '/']:
            try:
                r.append(repr(eval('a %s b' % op)))
            except Exception as e:
                r.append(type(e).__name__ + ': ' + str(e))
        print(repr(a), repr(b), ' '.join(r))
t(lambda: 1j // 1)
t(lambda: 1j % 1)
t(lambda: divmod(1j, 1))
t(lambda: 1j < 1j)
t(lambda: (1+2j) / 0)
t(lambda: 1j + 'a')
t(lambda: 1j + 10**400)
print(-(1+2j), +(1-1j), abs(3+4j), abs(-5j), abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)))
t(lambda: abs(1e308+1e308j))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), (1+2j).conjugate(), (1j).real, (1j).imag, (3+4j).__getnewargs__())
t(lambda: setattr(1j, 'real', 2))
t(lambda: int(1j))
t(lambda: float(1j))
t(lambda: round(1j))
