print()
print(1, 2, 3)
print('a', 'b', sep='-')
print('a', 'b', sep='')
print('x', end='!\n')
print('no newline', end='')
print()
print(None, True, 1.5, [1, 'a'], {'k': (1,)})
print('a', 'b', sep=None, end=None)
print(*range(5), sep=', ')
class S:
    def __str__(self):
        return 'str-of-S'
    def __repr__(self):
        return 'repr-of-S'
print(S(), [S()])
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('to', 'w', file=w)
print(w.parts)
print('flushing', flush=True)
for bad in [dict(sep=1), dict(end=2), dict(file=1), dict(x=1)]:
    try:
        print('a', **bad)
    except Exception as e:
        print(type(e).__name__ + ':', e)
