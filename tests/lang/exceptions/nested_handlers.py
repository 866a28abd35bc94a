# Handlers inside handlers, exceptions crossing function boundaries.
import sys
def level3():
    raise KeyError("l3")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("l2") from e
def level1():
    try:
        level2()
    except ValueError as e:
        return type(e.__cause__).__name__, str(e), sys.exc_info()[0].__name__
print(level1())
print(sys.exc_info())

def handler_in_loop():
    results = []
    for v in [1, 0, "x", 2]:
        try:
            results.append(10 // v)
        except ZeroDivisionError:
            results.append("zde")
        except TypeError:
            results.append("te")
    return results
print(handler_in_loop())

def except_in_generator_expression():
    try:
        return list(1 // v for v in [1, 0])
    except ZeroDivisionError as e:
        return "caught from genexpr: " + str(e)
print(except_in_generator_expression())

def restore_exc_info():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        return sys.exc_info()[1]
print(repr(restore_exc_info()))
def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    try:
        deep(n - 1)
    finally:
        pass
try:
    deep(50)
except RuntimeError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print("traceback length", n)
