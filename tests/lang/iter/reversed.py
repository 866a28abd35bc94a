def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
t(lambda: reversed(1))
t(lambda: reversed({1}))
t(lambda: reversed())
t(lambda: reversed([], []))
t(lambda: reversed([], x=1))
class S:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
r = reversed(S())
print(type(r).__name__, r.__length_hint__(), list(r), r.__length_hint__())
class RR:
    def __reversed__(self): return iter('custom')
print(list(reversed(RR())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(lambda: reversed(NoRev()))
class OnlyGet:
    def __getitem__(self, i): return i
t(lambda: reversed(OnlyGet()))
print(list(reversed(b'ab')), list(reversed(bytearray(b'xy'))))
