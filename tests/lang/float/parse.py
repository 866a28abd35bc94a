def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['1.5', '  -1.5  ', '1_000.5', '1__0', '_1', ' -InFiNiTy ', 'inf', '+inf', '-iNF', 'nan', '-nan', 'NaN', 'infi', 'in',
          '1e5_0', '1.e5', '.5', '.', '1_.5', '1._5', '0x10', '', '  ', '1e', '1e+', '1e-3', '1E3', '0001.5', '1.5\n', '١.٥',
          '1e400', '-1e400', '1e-400', '\u20031.5\u2003', '1_2.3_4e1_0', '1.5j', '+-1', '--1', '0.1e-1_', '9' * 400]:
    t(lambda: float(s))
t(lambda: float(b'1.5'))
t(lambda: float(bytearray(b' 2.5 ')))
t(lambda: float(b'x'))
t(lambda: float('x' * 300))
t(lambda: float(None))
t(lambda: float([]))
t(lambda: float(10**400))
t(lambda: float(x=1))
t(lambda: float(1, 2))
t(lambda: float())
t(lambda: float(7))
t(lambda: float(True))
t(lambda: float(2**53 + 1))
t(lambda: float(-2**63))
