def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) <= (1, 2), () < (0,), (1, 2) == (1, 2.0))
print((1,) == [1], (1,) != [1])
t(lambda: (1,) < ('a',))
t(lambda: (1,) < [1])
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash(('a', 'b')), hash((True, 1.5)))
print(hash(((1, 2), (3,))), hash((-1,)), hash((2**64,)))
t(lambda: hash((1, [])))
t(lambda: hash(([], 1)))
d = {(1, 2): 'a', (1, (2, 3)): 'b'}
print(d[(1, 2)], d[1, (2, 3)])
nan = float('nan')
print((nan,) == (nan,), (1, nan) < (1, nan))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)))
