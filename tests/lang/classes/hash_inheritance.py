class A:
    def __eq__(self, o):
        return True
class B(A):
    pass
class C(A):
    def __hash__(self):
        return 5
class D(C):
    def __eq__(self, o):
        return False
print(A.__hash__, B.__hash__, C.__hash__ is not None, D.__hash__)
for cls in (A, B, C, D):
    try:
        print(cls.__name__, hash(cls()))
    except TypeError as e:
        print(cls.__name__, type(e).__name__, e)
class E(int):
    def __eq__(self, o):
        return True
try:
    hash(E(1))
except TypeError as e:
    print(type(e).__name__, e)
class F(int):
    pass
print(hash(F(5)), F.__hash__ is int.__hash__)
class G:
    __hash__ = object.__hash__
    def __eq__(self, o): return True
print(type(hash(G())).__name__)
class H(list):
    def __hash__(self):
        return 1
print(hash(H()))
