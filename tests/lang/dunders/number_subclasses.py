class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o))
    def __repr__(self):
        return "MyInt(%d)" % int(self)
a = MyInt(3)
print(a + 1, 1 + a, a + a, a * 2, -a, abs(MyInt(-2)), a == 3, a < 4, a // 2, a ** 2)
print(type(1 + a).__name__, type(a * 2).__name__)
class MyFloat(float):
    def __radd__(self, o):
        return "MyFloat.radd"
print(1.0 + MyFloat(2.0), 1 + MyFloat(2.0), MyFloat(2.0) + 1)
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(bin(Num(5)), [0, 1, 2][Num(1)], "x" * Num(3), range(Num(2)))
class MyBool(int):
    def __bool__(self):
        return False
print(bool(MyBool(5)), not MyBool(5))
print(int.__add__(MyInt(1), 1), type(int.__add__(MyInt(1), 1)).__name__)
class Str2(str):
    def __add__(self, o):
        return "Str2 add"
    def __mul__(self, n):
        return "Str2 mul"
print(Str2("a") + "b", "b" + Str2("a"), Str2("a") * 3, 3 * Str2("a"))
class L2(list):
    def __mul__(self, n): return "L2 mul"
    def __rmul__(self, n): return "L2 rmul"
print(L2() * 2, 2 * L2())
