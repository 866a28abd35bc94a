# nonlocal rebinding through several levels, and with loops.
def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        return x
    return middle()
print(outer())

def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    return add, items
add, items = acc()
for v in (1, 2, 3):
    add(v)
print(add(0), items)

def rebinding_in_loop():
    last = None
    def setter(v):
        nonlocal last
        last = v
    for i in range(4):
        setter(i * i)
    return last
print(rebinding_in_loop())

def nonlocal_del():
    x = 5
    def f():
        nonlocal x
        del x
    f()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(nonlocal_del())
