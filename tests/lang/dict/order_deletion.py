d = {}
for i in range(20):
    d[i] = i * i
for i in range(0, 20, 3):
    del d[i]
print(d)
d[0] = 'back'
print(list(d))
for i in range(100, 200):
    d[i] = i
for i in range(100, 190):
    del d[i]
print(list(d))
e = dict.fromkeys('abcdef')
del e['c']
e['c'] = 1
print(e)
keys = [str(i) for i in range(50)]
f = {}
for k in keys:
    f[k] = len(k)
for k in keys[::2]:
    del f[k]
print(list(f)[:10], len(f))
g = {1: 1}
for i in range(1000):
    g[i + 2] = i
    del g[i + 2]
print(g)
