seed = 7
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed % n
def rint():
    k = rnd(6)
    if k == 0: return rnd(20) - 10
    if k == 1: return rnd(2**63) - 2**62
    if k == 2: return (2**63 - 1 + rnd(5) - 2) * (1 if rnd(2) else -1)
    if k == 3: return rnd(2**130) - 2**129
    if k == 4: return (rnd(2**64)) << rnd(200)
    return -(rnd(2**200))
ops = ['+', '-', '*', '//', '%', '&', '|', '^', '/', '<', '==', '>=']
out = []
for i in range(1000):
    a, b = rint(), rint()
    op = ops[rnd(len(ops))]
    try:
        r = eval('a %s b' % op)
    except Exception as e:
        r = type(e).__name__ + str(e)
    out.append(repr(r))
    if rnd(10) == 0:
        try: out.append(repr(divmod(a, b)))
        except Exception as e: out.append(type(e).__name__)
        out.append(repr((a << rnd(70), a >> rnd(70), hash(a), a.bit_length(), float(a) if abs(a) < 2**1000 else 0, ~a, -a)))
        try: out.append(repr(pow(a, rnd(5), b)))
        except Exception as e: out.append(type(e).__name__ + str(e))
        out.append(repr((a == float(a), a < float(a), float(a) < a, a / 3, hex(a), round(a, -rnd(30)))))
        out.append(repr((format(a, ','), format(a, '_x'), format(a, '#o'), format(a, '.3e'), str(a)[:40])))
print('\n'.join(out))
