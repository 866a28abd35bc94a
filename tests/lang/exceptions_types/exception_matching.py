def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except Exception as e:
        return 'other ' + type(e).__name__
for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), FileNotFoundError()]:
    print(classify(exc))
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    [][1]
except IndexError as e:
    print(e)
try:
    {}['k']
except KeyError as e:
    print(repr(e), e)
try:
    int('x')
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
