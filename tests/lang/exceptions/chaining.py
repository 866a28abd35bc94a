# __context__, __cause__, __suppress_context__.
def ctx():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")

try:
    ctx()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

def cause():
    try:
        raise KeyError("first")
    except KeyError as k:
        raise ValueError("second") from k

try:
    cause()
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)

try:
    raise ValueError("x") from TypeError
except ValueError as e:
    print(repr(e.__cause__))

try:
    try:
        raise ValueError("x") from 5
    except TypeError as e:
        print("TypeError", e)
finally:
    pass

def no_self_cycle():
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise e
        except ValueError as e2:
            print(e2 is e, e2.__context__)

no_self_cycle()

def deep_context():
    try:
        try:
            raise A1
        except Exception:
            raise A2
    except Exception:
        raise A3

class A1(Exception): pass
class A2(Exception): pass
class A3(Exception): pass
try:
    deep_context()
except A3 as e:
    print(type(e).__name__, type(e.__context__).__name__, type(e.__context__.__context__).__name__)

try:
    raise
except RuntimeError as e:
    print(e)
