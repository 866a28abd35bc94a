def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


it = iter([1, 2])
check(lambda: next(it))
check(lambda: next(it))
check(lambda: next(it))
check(lambda: next(it, 'end'))
check(lambda: next(1))
check(lambda: next())
check(lambda: iter(1))
check(lambda: iter())
check(lambda: iter(len, 1, 2))
check(lambda: iter(1, 2))
count = [0]
def f():
    count[0] += 1
    return count[0]
check(lambda: list(iter(f, 4)))
check(lambda: type(iter(f, 4)).__name__)
check(lambda: type(iter('ab')).__name__)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
check(lambda: list(It()))
check(lambda: next(It()))
def g():
    yield 1
    return 'done'
gi = g()
next(gi)
try:
    next(gi)
except StopIteration as e:
    print('StopIteration value', e.value)
class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
check(lambda: list(iter(OldSeq())))
