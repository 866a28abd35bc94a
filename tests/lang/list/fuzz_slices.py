seed = 999
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
def rs():
    c = rnd(4)
    if c == 0: return None
    return rnd(30) - 15
res = []
for step in range(5000):
    l = list(range(rnd(20)))
    st = rs()
    if st == 0: st = None
    sl = slice(rs(), rs(), st)
    op = rnd(4)
    try:
        if op == 0:
            r = l[sl]
        elif op == 1:
            del l[sl]; r = l
        elif op == 2:
            n = len(l[sl]) + (rnd(3) - 1 if rnd(4) == 0 else 0)
            l[sl] = list(range(100, 100 + n)); r = l
        else:
            t = tuple(l); r = (t[sl], 'abcdefghijklmnopqrstuvwxyz'[:len(l)][sl], range(len(l))[sl], sl.indices(len(l)))
        res.append(r)
    except Exception as e:
        res.append((type(e).__name__, str(e)))
print(len(res))
print(hash(repr(res)) if False else repr(res)[:2000])
import sys
print(sum(len(repr(x)) for x in res))
print(res[-20:])
