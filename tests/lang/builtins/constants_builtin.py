def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


import builtins
check(lambda: builtins.__name__)
check(lambda: builtins.__doc__)
check(lambda: getattr(builtins, 'True') is True)
check(lambda: getattr(builtins, 'None'))
check(lambda: builtins.Ellipsis)
check(lambda: builtins.NotImplemented)
check(lambda: __debug__)
check(lambda: repr(builtins.exit))
check(lambda: repr(builtins.quit))
check(lambda: repr(builtins.license))
check(lambda: repr(builtins.help))
check(lambda: repr(builtins.credits))
check(lambda: type(builtins.exit).__name__)
check(lambda: type(builtins.help).__name__)
check(lambda: type(builtins.copyright).__name__)
check(lambda: builtins.EnvironmentError is OSError)
check(lambda: builtins.IOError is OSError)
check(lambda: len.__name__)
check(lambda: print.__module__)
check(lambda: len.__self__ is builtins)
