def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: hash(1) == 1)
check(lambda: hash(-1))
check(lambda: hash(-2))
check(lambda: hash(1.5))
check(lambda: hash(2**61 - 1))
check(lambda: hash(2**61))
check(lambda: hash(True))
check(lambda: hash(None) == hash(None))
check(lambda: hash((1, 2)) == hash((1, 2)))
check(lambda: hash(float('inf')))
check(lambda: hash(float('-inf')))
check(lambda: hash(1.0) == hash(1))
check(lambda: hash([]))
check(lambda: hash({}))
check(lambda: hash(set()))
check(lambda: hash(frozenset()) == hash(frozenset()))
check(lambda: hash())
class H:
    def __hash__(self):
        return 2**70
check(lambda: hash(H()))
class U:
    __hash__ = None
check(lambda: hash(U()))
a = [1]
check(lambda: id(a) == id(a))
check(lambda: id(a) != id([1]))
check(lambda: isinstance(id(a), int))
check(lambda: id())
x = 30
y = 30
check(lambda: id(x) == id(y))
