seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
acc = 0
for trial in range(300):
    n = rnd(600)
    kind = rnd(6)
    if kind == 0:
        data = [rnd(10) for _ in range(n)]
    elif kind == 1:
        data = list(range(n))
        for _ in range(rnd(10)):
            i, j = rnd(n or 1), rnd(n or 1)
            if n: data[i], data[j] = data[j], data[i]
    elif kind == 2:
        data = [(rnd(5), i) for i in range(n)]
    elif kind == 3:
        data = list(range(n, 0, -1)) + [rnd(50) for _ in range(rnd(50))]
    elif kind == 4:
        data = [str(rnd(100)) for _ in range(n)]
    else:
        data = []
        while len(data) < n:
            run = rnd(40) + 1
            base = rnd(1000)
            data.extend(range(base, base + run) if rnd(2) else range(base + run, base, -1))
    key = [None, lambda x: -x if isinstance(x, int) else x, str][rnd(3)] if kind != 2 else (lambda p: p[0])
    rev = bool(rnd(2))
    try:
        s = sorted(data, key=key, reverse=rev)
    except TypeError:
        s = sorted(data, reverse=rev)
    h = 0
    for i, x in enumerate(s):
        h = (h * 31 + hash(x) * (i + 1)) & 0xffffffff
    acc ^= h
    if trial % 50 == 0:
        print(trial, n, kind, s[:5], h)
print(acc)
