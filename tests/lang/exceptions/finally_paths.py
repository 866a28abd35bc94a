# finally interplay with return/break/continue and exceptions.
def f1():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f1())

def f2():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i >= 0:
                break
    return i
print(f2())

def f3():
    out = []
    for i in range(3):
        try:
            if i == 0:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out
print(f3())

def f4():
    try:
        try:
            raise ValueError("inner")
        finally:
            raise TypeError("from finally")
    except TypeError as e:
        return repr(e), repr(e.__context__)
print(f4())

def f5():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(f5())

def f6():
    try:
        return "try"
    finally:
        print("f6 finally runs")
print(f6())

def f7(n):
    try:
        if n:
            raise ValueError
        return "no error"
    except ValueError:
        return "handled"
    finally:
        print("f7 finally", n)
print(f7(0), f7(1))

def f8():
    while True:
        try:
            try:
                raise IndexError
            except IndexError:
                break
        finally:
            print("f8 finally after break")
    return "f8 done"
print(f8())
