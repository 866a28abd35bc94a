class P:
    pass
p = P()
print(hash(p) == hash(p), p == p, p != p, p == P())

class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, E) and self.v == other.v
print(E(1) == E(1), E(1) != E(1), E(1) != E(2))
print(E.__hash__)
try:
    hash(E(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {E(1): 1}
except TypeError as e:
    print(type(e).__name__, e)

class H(E):
    def __hash__(self):
        return hash(self.v)
print(hash(H(3)) == hash(3), {H(1), H(1)}.__len__())

class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)

class NE:
    def __ne__(self, other):
        return "ne called"
print(NE() != 1, NE() == 1)
class OnlyEq:
    def __eq__(self, other):
        return "eq"
print(OnlyEq() != 1)
class EqNI:
    def __eq__(self, other):
        return NotImplemented
x = EqNI()
print(x == x, x == EqNI(), x != EqNI())
print(object.__eq__(1, 1), object.__ne__(1, 2), object().__lt__(1))
