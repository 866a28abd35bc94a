def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('x'), d.get('x', 9), d.get('a', 9))
t(lambda: d.get())
t(lambda: d.get(1, 2, 3))
t(lambda: d.get([]))
print(d.setdefault('a', 100), d.setdefault('z'), d.setdefault('y', [1]), d)
t(lambda: d.setdefault())
print(d.pop('a'), d.pop('nope', 'dflt'), d)
t(lambda: d.pop('nope'))
t(lambda: d.pop())
t(lambda: {}.pop(1))
t(lambda: {}.pop([]))
print({}.pop([], 5) if False else 'skip')
print(d.popitem(), d.popitem(), d)
t(lambda: {}.popitem())
e = {1: 1, 2: 2, 3: 3}
del e[3]
e[4] = 4
print(e.popitem(), e)
t(lambda: {}.pop((1, 2)))
