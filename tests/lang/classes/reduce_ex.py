import copyreg
class A:
    def __init__(self): self.x = 1
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
class L(list): pass
class D(dict): pass
class N:
    def __getnewargs__(self): return (1, 2)
    def __new__(cls, *a): return object.__new__(cls)
class NX:
    def __getnewargs_ex__(self): return ((1,), {"k": 2})
    def __new__(cls, *a, **k): return object.__new__(cls)
for o in (A(), S(), L([1]), D(a=1), N(), NX()):
    r = o.__reduce_ex__(2)
    print(type(o).__name__, len(r), r[0].__name__, r[1], r[2], [list(x) if x is not None else None for x in r[3:]])
print(S().__getstate__(), A().__getstate__())
print(object().__reduce_ex__(1)[0].__name__, len(object().__reduce_ex__(1)))
try:
    (lambda: 0).__reduce_ex__(2)
except Exception as e:
    print(type(e).__name__, e)
print(len(A().__reduce__()), A().__reduce__()[0].__name__)
