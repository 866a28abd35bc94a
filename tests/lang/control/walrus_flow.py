# Assignment expressions in conditions, loops and comprehensions.
data = [3, 8, 1, 9]
if (n := len(data)) > 3:
    print('long', n)
it = iter(data)
while (v := next(it, None)) is not None:
    if v > 5:
        print('first big', v)
        break
print([y for x in data if (y := x * 2) > 6], y)
def f():
    [(last := i) for i in range(4)]
    return last
print(f())
print((z := 10) + z, z)
def g(xs):
    return [m for x in xs if (m := x % 3)]
print(g(range(7)))
