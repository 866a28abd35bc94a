def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self): return 3
print([0, 1, 2, 3, 4][Idx()], "abcdef"[Idx():], bin(Idx()), hex(Idx()), range(Idx()))
print(int(Idx()), float(Idx()), [1] * Idx(), hex(Idx()))
class I:
    def __int__(self): return 42
t(lambda: int(I()))
t(lambda: [1][I()])
t(lambda: float(I()))
class F:
    def __float__(self): return 2.5
t(lambda: float(F()))
t(lambda: int(F()))
class BadIdx:
    def __index__(self): return "x"
t(lambda: [1][BadIdx()])
t(lambda: hex(BadIdx()))
class BadInt:
    def __int__(self): return 1.5
t(lambda: int(BadInt()))
class BadFloat:
    def __float__(self): return 1
t(lambda: float(BadFloat()))
t(lambda: int(None))
t(lambda: float(None))
t(lambda: int("12"))
t(lambda: int(b"34"))
t(lambda: float("1.5"))
t(lambda: int(3.9))
lst, onef = [1, 2], 1.0
t(lambda: lst[onef])
class R:
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
import math
print(round(R()), round(R(), 2), math.trunc(R()), math.floor(R()), math.ceil(R()))
class C:
    def __complex__(self): return 1 + 2j
print(complex(C()))
class Bo(int): pass
print(int(Bo(5)), type(int(Bo(5))).__name__, [0, 1, 2, 3][Bo(3)])
