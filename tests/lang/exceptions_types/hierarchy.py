import builtins
excs = sorted((n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)))
for n in excs:
    c = getattr(builtins, n)
    print(n, [b.__name__ for b in c.__bases__], c.__module__)
