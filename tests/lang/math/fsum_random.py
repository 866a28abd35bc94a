import math
seed = 99
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
out = []
for i in range(1000):
    xs = [((rnd() / 2**31) - 0.5) * 10.0 ** (rnd() % 40 - 20) for _ in range(rnd() % 10 + 1)]
    out.append(repr(math.fsum(xs)))
print('\n'.join(out))
