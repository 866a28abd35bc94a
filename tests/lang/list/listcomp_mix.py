squares = [x * x for x in range(10) if x % 2]
print(squares)
nested = [[i * j for j in range(3)] for i in range(3)]
print(nested, [row[1] for row in nested])
flat = [x for row in nested for x in row]
print(flat, sorted(flat, reverse=True)[:3])
a = [1, 2, 3]
b = a
b += [4]
print(a is b, a)
c = a[:]
c.append(5)
print(a, c, a == c[:-1])
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
x = [*range(3), *'ab', *(9,)]
print(x)
first, *rest = x
print(first, rest)
print(list(map(list, zip(*nested))))
