def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print({1: 2} == {1: 2}, {1: 2} == {1: 2.0}, {1: 2} == {2: 1}, {1: 2, 3: 4} == {3: 4, 1: 2})
print({'a': [1]} == {'a': [1]}, {} == {}, {1: 1} == {1: 1, 2: 2})
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
    def __hash__(self): return 7
d = {E(1): 'one', E(2): 'two'}
print(d[E(1)], d[E(2)], E(3) in d, len(d))
class BadEq:
    def __hash__(self): return 1
    def __eq__(self, o): raise RuntimeError('eq fail')
bd = {BadEq(): 1}
t(lambda: bd[BadEq()])
t(lambda: {1: BadEq()} == {1: BadEq()})
class H:
    def __hash__(self): raise TypeError('no hash today')
t(lambda: {H(): 1})
t(lambda: {}[H()])
print({1: 'a'}.get(1.0), {2**70: 1}[2**70], {-1: 'm1', -2: 'm2'}[-1])
nan = float('nan')
dn = {nan: 1}
print(dn[nan], nan in dn, float('nan') in dn)
