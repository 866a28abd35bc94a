vals = [0j, 1j, -1j, 1+2j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), complex(1e16, 1e-7), -(1j), complex(float('inf'), float('nan')),
        complex(float('-inf'), -float('inf')), complex(1.5, 2.25), 1e300j, complex(1, 0), complex(2**53, 1)]
for v in vals:
    print(repr(v), str(v), hash(v) if v == v else 'nan')
print(hash(1+2j), hash(complex(1, 0)) == hash(1), hash(3j), 1+0j == 1, 1j == 1j, 1+0j == 1.0, (2**53+1)+0j == 2**53+1, 1j != 1, 1j == 'a')
print({1: 'a', 1+0j: 'b'}, [1j, 2j], (3+0j,))
