def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), [x * 2 for x in Counter(2)], sum(Counter(4)))
it = iter(Counter(2))
print(next(it), next(it), next(it, "done"))
t(lambda: next(it))
class NotIter:
    def __iter__(self):
        return 5
t(lambda: iter(NotIter()))
class IterNone:
    __iter__ = None
t(lambda: iter(IterNone()))
t(lambda: iter(5))
t(lambda: next(5))
t(lambda: list(5))
for x in [1]:
    pass
class Gen:
    def __iter__(self):
        yield 1
        yield 2
print(list(Gen()), tuple(Gen()), set(Gen()))
class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))
class LH:
    def __length_hint__(self):
        return 5
    def __iter__(self):
        return iter([1])
import operator
print(operator.length_hint(LH()), operator.length_hint([1, 2]), operator.length_hint(object(), 7))
class BadLH:
    def __length_hint__(self):
        return "x"
BadLH.__iter__ = lambda self: iter([1])
t(lambda: list(BadLH()))
class NegLH:
    def __length_hint__(self):
        return -1
NegLH.__iter__ = lambda self: iter([1])
t(lambda: list(NegLH()))
class NILH:
    def __length_hint__(self):
        return NotImplemented
t(lambda: operator.length_hint(NILH(), 3))
print(list(map(lambda x: x + 1, Counter(3))), list(zip(Counter(2), "ab")))
