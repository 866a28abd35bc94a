def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


e = ValueError()
check(lambda: setattr(e, '__traceback__', 1))
check(lambda: delattr(e, '__traceback__'))
check(lambda: e.with_traceback(1))
check(lambda: e.with_traceback(None) is e)
try:
    raise ValueError('x')
except ValueError as err:
    tb = err.__traceback__
    print(type(tb).__name__, tb.tb_lineno > 0)
    e2 = RuntimeError().with_traceback(tb)
    print(e2.__traceback__ is tb)
