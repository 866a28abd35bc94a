def convert(items):
    return [int(x) for x in items]

values = ["1", "2", "three"]
print(sum(convert(values[:2])))
convert(values)
