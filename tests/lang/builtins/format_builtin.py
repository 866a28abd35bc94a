def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: format(3.14159, '.2f'))
check(lambda: format(42))
check(lambda: format(42, 'x'))
check(lambda: format(42, '08b'))
check(lambda: format('a', '>5'))
check(lambda: format('a', '^5'))
check(lambda: format(1234567, ','))
check(lambda: format(None))
check(lambda: format(1, 2))
check(lambda: format(1, None))
check(lambda: format(object(), 'x'))
check(lambda: format())
class F:
    def __format__(self, spec):
        return 'F(' + spec + ')'
check(lambda: format(F(), 'abc'))
check(lambda: format(F()))
class Bad:
    def __format__(self, spec):
        return 1
check(lambda: format(Bad()))
