def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt"); return self.v < o.v
    def __le__(self, o): print("le"); return self.v <= o.v
    def __gt__(self, o): print("gt"); return self.v > o.v
    def __ge__(self, o): print("ge"); return self.v >= o.v
    def __eq__(self, o): print("eq"); return self.v == o.v
    def __ne__(self, o): print("ne"); return self.v != o.v
    __hash__ = None
a, b = C(1), C(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([C(3), C(1), C(2)], key=lambda c: c)[0].v)
print(max(C(1), C(5)).v)
class Only:
    def __lt__(self, o):
        return "lt-result"
print(Only() < 1, 1 > Only())
t(lambda: Only() > 1)
t(lambda: 1 < "a")
t(lambda: [1] < (1,))
t(lambda: None < None)
t(lambda: object() <= object())
class Sub(C):
    def __gt__(self, o):
        print("Sub.gt")
        return "sub wins"
print(C(1) < Sub(2))
t(lambda: (1).__lt__(2))
t(lambda: (1).__lt__("a"))
t(lambda: int.__eq__(1, 1.0))
t(lambda: [1, 2] == [1, 2])
print(C(1) in [C(1)])
class NoCmp: pass
n = NoCmp()
print(n == n, n != n, n == NoCmp(), n in [n])
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, [1, 2].index(AlwaysEq()))
class RetNone:
    def __eq__(self, o): return None
print(RetNone() == 1, RetNone() != 1)
