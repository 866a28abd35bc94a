def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Seq(4)
print(len(s), s[2], s[1:3], s[::2], list(s), 9 in s, 10 in s, list(reversed(s)))
print(bool(Seq(0)), bool(s), sorted(s, reverse=True), sum(s))
class Map:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __delitem__(self, k): print("del", k); del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(self.d)
m = Map()
m["a"] = 1
m[1, 2] = "tuple"
print(m["a"], m[1, 2], "a" in m, "z" in m, list(m))
del m["a"]
t(lambda: m["a"])
class BadLen:
    def __len__(self): return -1
t(lambda: len(BadLen()))
class StrLen:
    def __len__(self): return "3"
t(lambda: len(StrLen()))
class BigLen:
    def __len__(self): return 2 ** 100
t(lambda: len(BigLen()))
class BoolLen:
    def __len__(self): return True
t(lambda: len(BoolLen()))
t(lambda: len(5))
five = 5
t(lambda: five[0])
t(lambda: 1 in 5)
def setitem():
    x = 5
    x[0] = 1
t(setitem)
def delitem():
    x = (1,)
    del x[0]
t(delitem)
def setstr():
    x = "abc"
    x[0] = "z"
t(setstr)
class NoContains:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in NoContains(), 5 in NoContains())
class ContainsNone:
    __contains__ = None
    def __iter__(self): return iter([])
t(lambda: 1 in ContainsNone())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
print(1 in GetItemOnly(), list(GetItemOnly()), list(iter(GetItemOnly())))
lst, st, key_a, key_f, key_n = [1, 2, 3], "abc", "a", 1.0, None
t(lambda: lst[key_a])
t(lambda: lst[key_f])
t(lambda: st[key_n])
t(lambda: (1, 2)[2 ** 100])
