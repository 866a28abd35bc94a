# Closures: cells shared between inner functions, late binding, nested levels.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get

inc, get = counter()
inc(); inc()
print(get(), inc(), get())

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late_binding())

def early_binding():
    return [(lambda i=i: i)() for i in range(3)]
print(early_binding())

def three_levels():
    a = 1
    def mid():
        b = 2
        def inner():
            return a + b
        return inner
    return mid()()
print(three_levels())

def cell_param(x):
    def g():
        return x * 2
    x += 1
    return g()
print(cell_param(5))

def shadow():
    x = 'outer'
    def f():
        x = 'inner'
        return x
    return f(), x
print(shadow())

def closure_cells():
    a = 1
    b = 2
    def f():
        return a, b
    return f
f = closure_cells()
print(f.__code__.co_freevars, len(f.__closure__), [c.cell_contents for c in f.__closure__])
print(closure_cells.__code__.co_cellvars)
