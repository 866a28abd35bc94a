def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class L(list): pass
class T(tuple): pass
class D(dict): pass
class S(set): pass
class F(frozenset): pass
class E(enumerate): pass
class Z(zip): pass
class M(map): pass
class Fi(filter): pass
class R(reversed): pass
t(lambda: L(x=1))
t(lambda: L([1], [2]))
t(lambda: T(x=1))
t(lambda: T([1], [2]))
t(lambda: D(1, 2))
t(lambda: S(x=1))
t(lambda: S([1], [2]))
t(lambda: F(x=1))
t(lambda: F([1], [2]))
t(lambda: E())
t(lambda: list(Z([1], [2], strict=True)))
t(lambda: Z([1], x=1))
t(lambda: M(str, [1], x=1))
t(lambda: list(M(str, [1])))
t(lambda: Fi(None, [1], x=1))
t(lambda: R([1], x=1))
t(lambda: list(R([1, 2])))
t(lambda: type(L() + L()))
t(lambda: type(L([1])[:]))
t(lambda: type(L([1]) * 2))
t(lambda: type(T([1])[:]))
t(lambda: type(D(a=1).copy()))
t(lambda: type(S([1]) | S([2])))
t(lambda: type(S([1]).union([2])))
t(lambda: type(F([1]).union([2])))
t(lambda: type(F([1]) & {1}))
t(lambda: S([1]) == {1})
t(lambda: repr(L([1])))
t(lambda: repr(T([1])))
t(lambda: repr(D(a=1)))
class LR(list):
    def __repr__(self): return 'LR!'
t(lambda: repr([LR()]))
class Hashy(list):
    def __hash__(self): return 5
t(lambda: {Hashy(): 1})
t(lambda: hash(Hashy()))
