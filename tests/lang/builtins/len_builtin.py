def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: len([1, 2, 3]))
check(lambda: len('héllo'))
check(lambda: len({}))
check(lambda: len(range(10)))
check(lambda: len(b'ab'))
check(lambda: len(1))
check(lambda: len())
check(lambda: len([], []))
class L:
    def __len__(self):
        return 7
check(lambda: len(L()))
class Neg:
    def __len__(self):
        return -1
check(lambda: len(Neg()))
class Big:
    def __len__(self):
        return 2**70
check(lambda: len(Big()))
class F:
    def __len__(self):
        return 1.5
check(lambda: len(F()))
