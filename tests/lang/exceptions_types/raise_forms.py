def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


def r(x):
    raise x
check(lambda: r(ValueError))
check(lambda: r(ValueError('inst')))
check(lambda: r(1))
check(lambda: r(int))
class NotExc:
    pass
check(lambda: r(NotExc))
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
def bad_new():
    class Weird(Exception):
        def __new__(cls):
            return 5
    raise Weird
check(bad_new)
try:
    raise StopIteration
except StopIteration as e:
    print(repr(e), e.value)
