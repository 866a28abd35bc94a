# Cells and closures in cycles; a lambda stored in a list it closes over.
import gc
gc.disable()
gc.collect()
def outer():
    items = []
    items.append(lambda: items)
    return items
x = outer()
del x
print(gc.collect())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return inc
    return inc
c = counter()
c()
del c
print(gc.collect())
