import math
out = []
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed / 2**31 * 100 - 50
bad2 = bad3 = 0
for i in range(1000):
    a, b, c = rnd(), rnd(), rnd()
    out.append(repr(math.hypot(a, b)))
    out.append(repr(math.hypot(a, b, c)))
    out.append(repr(math.dist((a, b), (c, 0.0))))
print('\n'.join(out))
