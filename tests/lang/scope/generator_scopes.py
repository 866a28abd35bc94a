# Generator expressions and closures over loop variables in generators.
def gen_closures():
    for i in range(3):
        yield lambda: i
print([f() for f in gen_closures()])
print([f() for f in list(gen_closures())])

def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while count < 3:
        bump()
        yield count
print(list(counter_gen()))

x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))

def outer_iter_bound_early():
    seq = [1, 2]
    g = (v for v in seq)
    seq = [9]
    return list(g)
print(outer_iter_bound_early())

class C:
    vals = [1, 2, 3]
    doubled = list(v * 2 for v in vals)
print(C.doubled)
