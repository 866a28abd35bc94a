d = {}
for i in range(10000):
    d[i] = str(i)
print(len(d), d[9999], sum(d) == sum(range(10000)))
for i in range(0, 10000, 2):
    del d[i]
print(len(d), list(d)[:5], list(d)[-3:])
s = {str(i): i for i in range(5000)}
print(len(s), s['4999'], list(s)[:3])
mixed = {1: 'i', 'a': 's', 2.5: 'f', (1,): 't', None: 'n', True: 'b', frozenset({1}): 'fs', b'x': 'bytes'}
print(mixed)
print([mixed[k] for k in (1, 'a', 2.5, (1,), None, True, frozenset({1}), b'x')])
print({i: i for i in range(-5, 5)}, {i * 1.5: i for i in range(3)})
