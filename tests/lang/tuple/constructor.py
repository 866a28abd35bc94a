def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({1: 2}), tuple(x for x in 'xy'))
t(lambda: tuple(1))
t(lambda: tuple(1, 2))
t(lambda: tuple(a=1))
a = (1, 2)
print(tuple(a) is a)
class T(tuple):
    pass
x = T([1, 2])
print(x, type(x).__name__, tuple(x) is x, type(tuple(x)).__name__, x + (3,), type(x + (3,)).__name__)
print(T() == (), hash(T((1,))) == hash((1,)))
class P(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
print(P(1, 2), P(1, 2)[1])
it = iter((1, 2, 3))
print(type(it).__name__, it.__length_hint__(), next(it), list(it), it.__length_hint__())
