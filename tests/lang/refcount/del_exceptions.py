# objects referenced by a traceback die when the except block ends
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def fails():
    local = C("frame local")
    raise ValueError("boom")
try:
    fails()
except ValueError as e:
    print("handling", e)
print("after except")
try:
    raise KeyError(C("arg"))
except KeyError:
    print("handling keyerror")
print("after keyerror")
try:
    tmp = C("named")
    raise RuntimeError
except RuntimeError:
    print("handler")
del tmp
print("after del tmp")
def catches():
    try:
        fails()
    except ValueError:
        print("caught inside")
    print("still inside")
catches()
print("after catches")
saved = None
try:
    fails()
except ValueError as e:
    saved = e
print("saved exception keeps frame")
saved = None
print("dropped saved")
def finally_case():
    x = C("finally local")
    try:
        return 1
    finally:
        print("in finally")
finally_case()
print("after finally")
