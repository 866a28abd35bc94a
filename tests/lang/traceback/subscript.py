data = {"a": [1, 2, 3]}
def get(k, i):
    return data[k][i]
print(get("a", 1))
print(get("a", 10))
