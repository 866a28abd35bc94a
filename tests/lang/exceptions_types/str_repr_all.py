import builtins
for n in sorted(dir(builtins)):
    c = getattr(builtins, n)
    if isinstance(c, type) and issubclass(c, BaseException) and not issubclass(c, (BaseExceptionGroup, UnicodeError, OSError)):
        e = c('arg')
        print(n, repr(e), str(e))
        e = c()
        print(n, repr(e), repr(str(e)))
