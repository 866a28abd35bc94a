# Lambdas: defaults, closures, nesting, in class bodies and comprehensions.
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-3))
class K:
    v = 5
    f = lambda self: self.v
    g = staticmethod(lambda: 'static')
print(K().f(), K.g())
def make():
    a = 1
    return lambda: (lambda: a + 1)()
print(make()())
print((lambda *a, **k: (a, k))(1, b=2))
print((lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
y = 'global'
print((lambda: y)(), (lambda y='default': y)())
print(sorted([(1, 'b'), (0, 'a')], key=lambda p: p[1]))
