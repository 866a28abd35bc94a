d = {}
for w in 'the cat and the hat and the bat'.split():
    d.setdefault(w, []).append(len(d))
print(d)
g = {}
for w in 'a b a c b a'.split():
    g[w] = g.get(w, 0) + 1
print(g, sorted(g.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {}
nested.setdefault('x', {}).setdefault('y', 0)
print(nested)
print({True: 'a', 1: 'b', 1.0: 'c'}, {0: 'z', False: 'f', 0.0: 'g'})
inv = {v: k for k, v in {'one': 1, 'two': 2}.items()}
print(inv)
print(dict(sorted({'b': 1, 'a': 2}.items())))
print(list({'x': 1, 'y': 2}.values()), sum({'x': 1, 'y': 2}.values()))
