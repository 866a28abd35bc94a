def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(), list([1, 2]), list((1, 2)), list('abc'), list(range(3)), list({1: 2, 3: 4}))
print(list(x for x in range(3)), list(iter([5, 6])))
t(lambda: list(1))
t(lambda: list(1, 2))
t(lambda: list(a=1))
t(lambda: list(None))
a = [1, 2]
print(list(a) is a, list(a) == a)
class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)
print(list(Seq()))
class L(list):
    pass
l = L([1, 2, 3])
print(l, type(l).__name__, len(l), l + [4], type(l + [4]).__name__)
l.__init__([9])
print(l)
class BadLen:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        raise TypeError('no len')
print(list(BadLen()))
