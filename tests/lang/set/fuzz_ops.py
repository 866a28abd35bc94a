seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
keys = list(range(-20, 200)) + [str(i) for i in range(100)] + [(i, i % 3) for i in range(30)] + [i * 0.5 for i in range(40)]
s = set()
d = {}
l = []
out = []
for step in range(20000):
    op = rnd(10)
    k = keys[rnd(len(keys))]
    if op < 4:
        s.add(k); d[k] = step; l.append(k)
    elif op < 6:
        s.discard(k); d.pop(k, None)
        if l:
            del l[rnd(len(l))]
    elif op == 6 and s and rnd(5) == 0:
        x = s.pop(); out.append(x)
    elif op == 7 and d and rnd(5) == 0:
        out.append(d.popitem())
    elif op == 8 and rnd(50) == 0:
        s = set(s); d = dict(d)
    elif op == 9 and rnd(100) == 0:
        s ^= set(keys[rnd(len(keys)):][:10]); d.update(dict.fromkeys(keys[:rnd(20)]))
    if step % 1000 == 0:
        out.append((len(s), len(d), len(l), list(s)[:5], list(d.items())[-3:], l[-3:]))
print(out[-40:])
print(list(s)[:50])
print(list(d)[:50])
print(sorted(l, key=repr)[:20])
fs = frozenset(s)
print(hash(fs) == hash(frozenset(list(s))), len(fs))
print(s == set(d) , s - set(d) == set(), len(s & set(d)))
