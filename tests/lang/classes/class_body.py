def deco(cls):
    cls.decorated = True
    return cls
@deco
class A:
    print("body", __qualname__, __module__)
    x = 1
    y = x + 1
    def f(self):
        return __class__
    class Nested:
        print("nested body", __qualname__)
print(A.decorated, A.y, A().f() is A, A.Nested.__qualname__)
def make(n):
    class K:
        val = n
        def get(self):
            return self.val, __class__.__name__
    return K
K1, K2 = make(1), make(2)
print(K1().get(), K2().get(), K1 is not K2, K1.__qualname__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        type(self).count
for _ in range(3):
    Counter()
print(Counter.count)
class WithDoc:
    "docstring here"
    __slots__ = ()
print(WithDoc.__doc__, WithDoc.__slots__)
x = 10
class Scope:
    x = 20
    y = [x for _ in range(1)]
    z = x
print(Scope.y, Scope.z)
class Empty: ...
print(Empty.__name__, type(Empty()).__name__)
class Meth:
    def a(self): return "a"
    b = a
    c = staticmethod(len)
print(Meth().b(), Meth.c("abc"), Meth().c([1]))
