def greet(name, greeting="Hello", *args, punct="!", **kwargs):
    return f"{greeting}, {name}{punct} {args} {sorted(kwargs.items())}"

print(greet("Ann"))
print(greet("Bob", "Hi", 1, 2, punct="?", x=1, y=2))
print(greet(*["Cy", "Yo"], **{"punct": "."}))

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
print(c(), c(), c(10))
square = lambda v: v * v
print(list(map(square, range(5))), list(filter(lambda v: v % 2, range(10))))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))

def deco(fn):
    def wrapper(*a, **k):
        return "<" + str(fn(*a, **k)) + ">"
    return wrapper

@deco
def add(a, b):
    return a + b
print(add(2, 3), greet.__name__, add.__name__)

def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
