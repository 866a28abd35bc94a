def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
def f():
    for x in s:
        s.add(x + 10)
t(f)
s = {1, 2, 3}
def g():
    for x in s:
        s.discard(x)
t(g)
class Evil:
    def __hash__(self): return 1
    def __eq__(self, o):
        big.clear()
        return False
big = {Evil()}
t(lambda: Evil() in big)
print(len(big))
class BadHash:
    def __hash__(self): raise ValueError('bad hash')
t(lambda: {BadHash()})
t(lambda: set([1]).add(BadHash()))
it = iter({1, 2, 3})
print(it.__length_hint__(), type(it).__name__)
next(it)
print(it.__length_hint__())
