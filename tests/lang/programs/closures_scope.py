x = "global"

def outer():
    x = "enclosing"
    def inner():
        return x
    return inner

def use_global():
    global x
    x = "changed"

print(outer()())
use_global()
print(x)
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])

def make_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return step, get

step, get = make_counter()
step(); step()
print(get())

class K:
    y = 5
    z = [y * 2 for _ in range(2)] if False else None
    def m(self):
        return self.y
print(K().m(), K.z)
