# Robustness: hash() of a 100000-deep nested tuple (CPython computes it; a
# C recursion without a stack check overflows).
x = ()
for _ in range(100000):
    x = (x,)
print(type(hash(x)).__name__, hash(x) == hash(x))
y = ()
for _ in range(100000):
    y = (y,)
print(hash(x) == hash(y))
d = {x: 1}
print(d[y] if False else len(d))
print("done")
