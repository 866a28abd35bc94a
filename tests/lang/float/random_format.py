seed = 5
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed % n
def pick(xs): return xs[rnd(len(xs))]
vals = [0, 1, -1, 7, -1234567, 2**70, -2**64, 255, True, 0.0, -0.0, 1.5, -1234.5678, 1e16, 1e-7, 123456789.125, float('inf'), float('nan'), 1+2j, -0.5-1e10j, complex(0, -0.0), 'abc', '', 'héllo']
out = []
for i in range(3000):
    spec = ''
    if rnd(3) == 0: spec += pick(['', '*', '0', ' ', 'x', '€']) + pick(['<', '>', '^', '='])
    elif rnd(4) == 0: spec += pick(['<', '>', '^', '='])
    if rnd(3) == 0: spec += pick(['+', '-', ' '])
    if rnd(6) == 0: spec += 'z'
    if rnd(4) == 0: spec += '#'
    if rnd(4) == 0: spec += '0'
    if rnd(2) == 0: spec += str(rnd(25))
    if rnd(4) == 0: spec += pick([',', '_'])
    if rnd(3) == 0: spec += '.' + str(rnd(20))
    if rnd(2) == 0: spec += pick(list('bcdeEfFgGnosxX%') + [''])
    v = pick(vals)
    try: out.append(repr(format(v, spec)))
    except Exception as e: out.append(type(e).__name__ + ': ' + str(e))
print('\n'.join(out))
