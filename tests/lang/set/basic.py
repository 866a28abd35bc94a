def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
print(s, len(s), 1 in s, 4 in s, set(), frozenset(), frozenset({1, 2}), set('aab'))
s.add(4); s.add(1); print(s)
s.discard(9); s.discard(1); print(s)
s.remove(2); print(s)
t(lambda: s.remove(99))
t(lambda: s.add([]))
t(lambda: {[]})
t(lambda: [] in s)
t(lambda: s.add())
print({1} == {1}, {1} == frozenset({1}), {1} != {2}, set() == frozenset())
t(lambda: hash(set()))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({'a'})) == hash(frozenset({'a'})))
print(frozenset({frozenset({1})}), {frozenset()} )
print(bool(set()), bool({0}))
x = {1, 2}
t(lambda: x.pop() in (1, 2))
e = set()
t(lambda: e.pop())
