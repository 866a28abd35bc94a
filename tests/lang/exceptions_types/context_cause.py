def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


e = ValueError('v')
check(lambda: setattr(e, '__context__', 1))
check(lambda: delattr(e, '__context__'))
check(lambda: setattr(e, '__cause__', 'x'))
check(lambda: delattr(e, '__cause__'))
e.__cause__ = TypeError('t')
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('outer')
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)
try:
    try:
        raise KeyError('inner')
    except KeyError as k:
        raise ValueError('outer') from k
except ValueError as v:
    print(repr(v.__cause__), v.__suppress_context__)
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise ValueError('outer') from None
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)
# no cycles: re-raising the handled exception does not make it its own context
try:
    try:
        raise KeyError('k')
    except KeyError as k:
        saved = k
        raise k
except KeyError as again:
    print(again is saved, again.__context__)
a = ValueError('a')
b = TypeError('b')
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as got:
    print(repr(got.__context__), repr(got.__context__.__context__))
