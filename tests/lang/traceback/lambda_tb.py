items = [3, 1, "x", 2]
print(sorted(items, key=lambda v: v * 1 + 0))
