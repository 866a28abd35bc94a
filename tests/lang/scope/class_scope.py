# Names bound in a class body are not visible from methods or nested scopes.
x = 'global x'

class A:
    x = 'class x'
    y = x + '!'
    def method(self):
        return x
    lst = [x for _ in range(1)]      # the comprehension sees the global x
    first = [v for v in [x]]         # the outermost iterable is evaluated in the class
    def with_default(self, v=x):
        return v

a = A()
print(A.y)
print(a.method())
print(A.lst, A.first)
print(a.with_default())

def f():
    x = 'function x'
    class B:
        y = x              # free variable from the function
        x = 'B x'
        z = x
    return B.y, B.z
print(f())

def g():
    v = 1
    class C:
        v = 2
        def m(self):
            return v
    return C().m(), C.v
print(g())

class D:
    a = 1
    b = [a for _ in range(2)] if False else None
print(D.b)

class E:
    items = ['a', 'b']
    try:
        upper = [i.upper() + str(len(items)) for i in items]
    except NameError as e:
        upper = type(e).__name__
print(E.upper)
