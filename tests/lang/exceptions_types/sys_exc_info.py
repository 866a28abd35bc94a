import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('v')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)
    try:
        raise KeyError('k')
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def inner():
    return sys.exception()
try:
    raise TypeError('t')
except TypeError:
    print(repr(inner()))
