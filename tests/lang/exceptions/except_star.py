# except* and exception groups.
def show(e, indent=0):
    print(" " * indent + repr(e))
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            show(x, indent + 2)

try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("caught values:")
    show(eg)
except* TypeError as eg:
    print("caught types:")
    show(eg)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled ValueError")
except ExceptionGroup as rest:
    print("rest:")
    show(rest)

try:
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("naked wrapped:")
        show(eg)
        raise
except ExceptionGroup as e:
    show(e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
except ExceptionGroup as e:
    show(e)
    print(repr(e.exceptions[0].__context__))

try:
    try:
        raise ValueError("v")
    except* ValueError:
        raise KeyError("k")
except KeyError as e:
    print("naked raise:", repr(e), repr(e.__context__))

try:
    try:
        raise ExceptionGroup("x", [OSError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)

import sys
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print(type(sys.exc_info()[1]).__name__)

eg = ExceptionGroup("many", [ValueError(i) for i in range(3)])
match, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 0)
show(match)
show(rest)
