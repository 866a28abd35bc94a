def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class A:
    def __int__(self): return 42
class B:
    def __index__(self): return 7
class C:
    def __int__(self): return 'x'
class D:
    def __trunc__(self): return 9
class E:
    def __int__(self): return True
class F:
    pass
t(lambda: int(A()))
t(lambda: int(B()))
t(lambda: int(C()))
t(lambda: int(F()))
t(lambda: int('10', B()))
class MyInt(int):
    pass
x = MyInt(5)
print(x, type(x).__name__, x + 1, type(x + 1).__name__, MyInt('ff', 16), MyInt(), repr(MyInt(-3)))
print(isinstance(x, int), int(x), type(int(x)).__name__, x == 5, hash(x) == hash(5))
class MyInt2(int):
    def __repr__(self): return 'MyInt2!'
print(repr(MyInt2(3)), str(MyInt2(3)), MyInt2(2**100) > 5)
