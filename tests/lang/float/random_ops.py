seed = 11
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed % n
def rflt():
    k = rnd(5)
    if k == 0: return float.fromhex('%s0x1.%013xp%d' % ('-' if rnd(2) else '', rnd(2**52), rnd(2046) - 1022))
    if k == 1: return (rnd(2000) - 1000) / 8
    if k == 2: return rnd(10**17) / 10 ** rnd(25)
    if k == 3: return float(rnd(2**60)) * 2.0 ** (rnd(200) - 100)
    return [0.0, -0.0, float('inf'), float('-inf'), 1e308, 5e-324, 0.1, 0.5, 2.5][rnd(9)]
ops = ['+', '-', '*', '/', '//', '%', '**', '<', '==']
out = []
for i in range(1000):
    a, b = rflt(), rflt()
    op = ops[rnd(len(ops))]
    try:
        r = eval('a %s b' % op)
    except Exception as e:
        r = type(e).__name__ + str(e)
    out.append(repr(r))
    if rnd(5) == 0:
        out.append(repr((str(a), hash(a) if a == a else 0, a.hex(), float.fromhex(a.hex()) == a or a != a, float(repr(a)) == a or a != a)))
        try: out.append(repr((round(a, rnd(20) - 10), a.as_integer_ratio(), int(a))))
        except Exception as e: out.append(type(e).__name__ + str(e))
        for s in ['.3f', 'e', '.10g', '', ',.2f', '%', '+.5', '#.0e', 'z.2f', '20.15']:
            try: out.append(format(a, s))
            except Exception as e: out.append(type(e).__name__ + str(e))
        out.append(repr(complex(a, b)))
        try: out.append(repr((complex(a, b) / complex(b, a), complex(a, b) ** 2, abs(complex(a, b)), divmod(a, b))))
        except Exception as e: out.append(type(e).__name__ + str(e))
print('\n'.join(out))
