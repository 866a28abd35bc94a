# Closures: cells, nonlocal, late binding, class scopes.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())
print(c.__closure__[0].cell_contents)

def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]

print(late())

def early():
    return [(lambda i=i: i)() for i in range(3)]

print(early())

def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

print(outer(1)(2)(3))

def shadow():
    x = "outer"
    def f():
        x = "inner"
        return x
    return f(), x

print(shadow())

def cell_arg(a):
    def get():
        return a
    a = a * 2
    return get()

print(cell_arg(5))

class K:
    v = 10
    def m(self):
        return __class__

print(K().m() is K)

def unbound_free():
    def f():
        return x
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1

unbound_free()

def del_cell():
    x = 1
    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)

del_cell()

def gen_closure():
    total = 0
    def add(v):
        nonlocal total
        total += v
    for i in range(5):
        add(i)
    return total

print(gen_closure())
print(counter.__code__.co_cellvars, c.__code__.co_freevars)
