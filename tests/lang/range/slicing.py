r = range(3, 30, 4)
for s in [slice(None), slice(2), slice(-2), slice(1, 5), slice(None, None, -1), slice(5, 1, -2), slice(-100, 100), slice(100, -100, -1), slice(None, None, 3), slice(1, None, -1)]:
    print(s, r[s], list(r[s]) == list(r)[s])
n = range(10, 0, -2)
print(n[::2], n[::-1], n[1:3], list(n[::-2]))
print(range(0)[::-1], range(5)[5:], range(5)[:-10])
