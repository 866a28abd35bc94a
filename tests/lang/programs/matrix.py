def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def transpose(m):
    return [list(r) for r in zip(*m)]

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(matmul(identity(2), [[1, 2], [3, 4]]))
print(transpose(a))
m = [[2, 0], [0, 2]]
p = identity(2)
for _ in range(10):
    p = matmul(p, m)
print(p)
print("\n".join(" ".join(f"{v:4d}" for v in row) for row in matmul(b, a)))
