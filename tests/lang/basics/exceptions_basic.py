def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        return 10 / x
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("finally", x)

print(f(2), f(0))
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, e.args)
try:
    [][1]
except IndexError as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print(type(e).__name__, repr(e))
try:
    int("abc")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
class MyError(Exception):
    pass
try:
    try:
        raise MyError("inner")
    except MyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
