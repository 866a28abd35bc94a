t = (1, 2, 3)
a, b, c = t
print(a, b, c, t[1:], t * 2, t + (4,), (5,), ())
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, (y, z) = 1, (2, 3)
print(first, rest, init, last, x, y, z)
a, b = b, a
print(a, b)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
print(tuple([1, 2]), tuple("ab"), (1, 2) < (1, 3), len(()), (1, 2).count(2), (1, 2).index(2))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
