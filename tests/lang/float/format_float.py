specs = ['', '10', '.3', '#.3', '.0', '#.0f', 'g', '#g', 'e', 'E', 'f', 'F', 'G', '%', '.1%', 'n', '010', '=10', '+', ' ', 'z', 'z.1f',
         ',', '_.3f', '015,.2f', '.3g', '.20', '0>10', '<010', '#', '.2n', ',g', ',e', ',.1f', '*^15.4e', '+.3e', '.17g', '.0e', '#.0e']
for v in [1.5, -0.0, 1e16, 1e-5, 123456.789, float('inf'), float('-inf'), float('nan'), -1e300, 1.0, 100.0, 1234567.0, 0.1, -1e-7, 5e-324]:
    for s in specs:
        try:
            print(repr(v), repr(s), repr(format(v, s)))
        except Exception as e:
            print(repr(v), repr(s), type(e).__name__, e)
print(f'{3.14159:.2f}', f'{2.5:>8}', '%.3f %e %g %r' % (1.5, 1.5, 1.5, 1.5))
