def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError('done')
        return i * 2
print(list(Seq()), 4 in Seq(), 5 in Seq(), list(iter(Seq())))
it = iter(Seq())
print(type(it).__name__, next(it), next(it), list(it), list(it))
class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopSeq()))
class ErrSeq:
    def __getitem__(self, i):
        raise KeyError('no')
t(lambda: list(ErrSeq()))
n = [0]
def counter():
    n[0] += 1
    return n[0]
ci = iter(counter, 4)
print(type(ci).__name__, list(ci), list(ci))
t(lambda: iter(1, 2))
t(lambda: iter())
t(lambda: iter(1))
def stopper():
    raise StopIteration
print(list(iter(stopper, None)))
vals = iter([1, 2, None, 3])
print(list(iter(lambda: next(vals), None)))
class LenSeq:
    def __len__(self): return 5
    def __getitem__(self, i):
        if i >= 5: raise IndexError
        return i
it = iter(LenSeq())
print(it.__length_hint__(), next(it), it.__length_hint__())
