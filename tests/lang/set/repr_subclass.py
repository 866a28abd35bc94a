def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class S(set):
    pass
class F(frozenset):
    pass
print(S(), S([1]), F(), F([2]), repr(S('a')))
print(type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__, type(S([1]).copy()).__name__, type(F([1]).copy()).__name__)
print(S([1]) == {1}, F([1]) == frozenset([1]), hash(F([1])) == hash(frozenset([1])))
class R:
    def __init__(self, s): self.s = s
    def __repr__(self): return 'R(' + repr(self.s) + ')'
    def __hash__(self): return 1
s = set()
s.add(R(s))
print(s)
print({(1, 2), (3,)}, {None}, {'x'}, frozenset({'a'}))
print(set(), frozenset(), S(), F())
t(lambda: set(1))
t(lambda: set(1, 2))
t(lambda: set(a=1))
t(lambda: frozenset(a=1))
t(lambda: frozenset(1, 2))
print(frozenset(frozenset([1])) == frozenset([1]))
f = frozenset([1])
print(frozenset(f) is f, F(f) is f)
