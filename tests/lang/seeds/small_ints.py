x = 30
y = 30
print(x is y)
print(id(x) == id(y))
a = 300
b = 300
print(a == b)
c = -5
d = -5
print(c is d)
print(type(x), x == y)
