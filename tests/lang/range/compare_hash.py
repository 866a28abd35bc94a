print(range(0) == range(1, 1), range(0, 3) == range(0, 3), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 100, 50))
print(range(3) != range(3), range(10)[2:5] == range(2, 5), range(5, 0, -1) == range(5, 0, -1))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 3, 10)), hash(range(0, 10, 2)) == hash(range(0, 9, 2)))
print(hash(range(1, 10, 2)), hash(range(-5, 5, 3)))
print({range(3): 'a'}[range(0, 3)], range(3) in [range(0, 3)])
print(range(3).__reduce__(), range(1, 10, 2).__reduce__())
print(range(10).count(3), range(10).count(11), range(10).index(9), range(-5, 5).index(-5))
print(repr(range(-1, -10, -3)), str(range(3)), list(range(-1, -10, -3)))
r = range(5)
print(r.start, r.stop, r.step, type(r).__name__)
try:
    r.start = 1
except AttributeError as e:
    print('AttributeError')
