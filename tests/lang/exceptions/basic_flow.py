# try/except/else/finally control flow.
def f(x):
    try:
        if x == 1:
            raise ValueError("one")
        if x == 2:
            return "returned"
        if x == 3:
            1 / 0
    except ValueError as e:
        print("ValueError", e)
        return "from-except"
    except (TypeError, ZeroDivisionError) as e:
        print("tuple caught", type(e).__name__)
    else:
        print("else ran")
    finally:
        print("finally", x)
    return "end"

for i in range(4):
    print(f(i))

def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())

def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

print(loop_control())

def nested():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            print("inner caught")
            raise IndexError("i")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer caught", repr(e))

nested()

try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)

def name_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print(type(e).__name__, e)

name_cleared()
try:
    try:
        raise ValueError("x")
    except:
        print("bare except")
        raise
except ValueError as e:
    print("reraised", e)
while True:
    try:
        break
    finally:
        print("finally on break")
