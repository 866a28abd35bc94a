# sys.exc_info() and sys.exception() while handling.
import sys
print(sys.exc_info())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, type(tb).__name__)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

def in_func():
    return sys.exc_info()[1]

try:
    raise IndexError("i")
except IndexError:
    print(repr(in_func()))

def gen():
    yield sys.exc_info()[0]

try:
    raise TypeError
except TypeError:
    g = gen()
    print(next(g).__name__)
print(sys.exc_info()[0])
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
