class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return "A.radd"
class B(A):
    def __add__(self, o):
        print("B.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("B.__radd__")
        return "B.radd"
class C:
    def __radd__(self, o):
        print("C.__radd__")
        return NotImplemented
print(A() + B())
print(B() + A())
try:
    print(A() + A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    A() + C()
except TypeError as e:
    print(type(e).__name__, e)
class SubNoOverride(A):
    pass
print(A() + SubNoOverride())

class R(int):
    def __radd__(self, o):
        return "R.radd"
print(1 + R(2), R(2) + 1)
class L(list):
    def __radd__(self, o):
        return "L.radd"
print([1] + L([2]))
class F(float):
    def __rmul__(self, o):
        return "F.rmul"
print(2 * F(1.0), 2.0 * F(1.0))
