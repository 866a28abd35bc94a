def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {frozenset({1, 2}), frozenset({3})}
print({1, 2} in s, {5} in s, frozenset({3}) in s)
s.remove({1, 2}); print(s)
s.discard({3}); print(s)
t(lambda: s.remove({9}))
t(lambda: s.add({1}))
print({frozenset(): 1}[frozenset()], hash(frozenset({frozenset()})) == hash(frozenset({frozenset()})))
a = frozenset(range(5))
b = frozenset(reversed(range(5)))
print(a == b, hash(a) == hash(b))
