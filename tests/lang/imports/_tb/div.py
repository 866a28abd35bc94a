X = 1
def g():
    return int("x")
g()
