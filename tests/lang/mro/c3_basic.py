class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
print([c.__name__ for c in XY.__mro__], [c.__name__ for c in YX.__mro__])
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad3(O, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class Diamond1: 
    def who(self): return "D1"
class L(Diamond1):
    def who(self): return "L>" + super().who()
class R(Diamond1):
    def who(self): return "R>" + super().who()
class Bottom(L, R):
    def who(self): return "B>" + super().who()
print(Bottom().who(), [c.__name__ for c in Bottom.__mro__])
print([c.__name__ for c in bool.__mro__], [c.__name__ for c in type.__mro__])
