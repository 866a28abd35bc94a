def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


g = globals()
check(lambda: g is globals())
check(lambda: g['__name__'])
g['injected'] = 99
check(lambda: injected)
def f(a, b=2):
    c = 3
    return locals()
check(lambda: f(1))
check(lambda: globals(1))
check(lambda: locals(1))
class K:
    x = 1
    names = sorted(k for k in locals() if not k.startswith('__'))
check(lambda: K.names)
check(lambda: locals() is globals())
