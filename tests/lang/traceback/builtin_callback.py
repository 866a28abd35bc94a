def scale(v):
    return v / (v - 2)

print(list(map(scale, [0, 1])))
print(list(map(scale, [3, 2])))
