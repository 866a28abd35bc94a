def f(a, b):
    c = a * 2
    return c + b["key"] - 1

f(3, {"nokey": 1})
