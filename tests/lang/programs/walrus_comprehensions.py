data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + x for x in data], total)
print({x: x ** 2 for x in range(5) if x % 2}, {x % 3 for x in data})
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix, [row[-1] for row in matrix])
print(list(zip(*matrix)))
g = (x for x in data if x > 3)
print(next(g), list(g))
words = ["apple", "Bob", "cat"]
print(sorted(words), sorted(words, key=str.lower), [w[::-1] for w in words])
print(dict(sorted({"b": 2, "a": 1}.items())), any(x > 8 for x in data), all(x > 0 for x in data))
