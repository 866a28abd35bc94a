total = 0
for i in range(1000):
    total += i
print(total)
print([i * i for i in range(10)], list(range(-5, 5, 2)), list(range(5, -5, -2)))
r = range(3)
a = iter(r); b = iter(r)
print(next(a), next(a), next(b), list(a), list(b))
print(list(reversed(range(1, 11, 3))), list(reversed(range(10, 0, -4))))
x = reversed(range(4))
print(type(x).__name__, x.__length_hint__(), list(x), x.__length_hint__())
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), 'abc')))
print(max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)))
