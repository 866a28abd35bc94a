def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


check(lambda: ascii('abc'))
check(lambda: ascii('caf\xe9'))
check(lambda: ascii('\u1234\n'))
check(lambda: ascii('\U0001F600'))
check(lambda: ascii([1, 'x\xff']))
check(lambda: repr('a\tb'))
check(lambda: repr("it's"))
check(lambda: repr('say "hi"'))
check(lambda: repr(1.0))
check(lambda: repr(None))
check(lambda: repr([1, [2, (3,)]]))
check(lambda: ascii())
check(lambda: repr())
check(lambda: ascii(1, 2))
class R:
    def __repr__(self):
        return 'R\xe9'
check(lambda: repr(R()))
check(lambda: ascii(R()))
class Bad:
    def __repr__(self):
        return 5
check(lambda: repr(Bad()))
