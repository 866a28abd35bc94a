class L(list): pass
x = L()
for i in range(200000):
    x = L([x])
del x
print("ok list subclass")
class T(tuple): pass
x = T()
for i in range(200000):
    x = T((x,))
del x
print("ok tuple subclass")
class D(dict): pass
x = D()
for i in range(200000):
    x = D(k=x)
del x
print("ok dict subclass")
class F(frozenset): pass
x = F()
for i in range(100000):
    x = F([x])
del x
print("ok frozenset subclass")
class S(set): pass
x = S()
for i in range(100000):
    y = S(); y.add(F([i])); y.x = x
    x = y
del x, y
print("ok set subclass")
