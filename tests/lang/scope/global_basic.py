# global statements in functions, nested functions and class bodies.
g = 1

def read():
    return g

def write(v):
    global g
    g = v

def nested():
    def inner():
        global g
        g = 'inner'
    inner()

print(read()); write(5); print(read(), g)
nested(); print(g)

def create():
    global brand_new
    brand_new = 42
create()
print(brand_new)

class C:
    global g
    g = 'from class'
    h = g
print(g, C.h)

def delete():
    global brand_new
    del brand_new
delete()
try:
    brand_new
except NameError as e:
    print(type(e).__name__, e)

def uses_global_in_comprehension():
    return [g for _ in range(2)]
print(uses_global_in_comprehension())
