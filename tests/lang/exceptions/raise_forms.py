# Forms of raise and their errors.
def t(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e))

def r1(): raise ValueError
def r2(): raise ValueError("msg", 2)
def r3(): raise 3
def r4(): raise ValueError from 3
class E(Exception):
    def __new__(cls):
        return 5
def r5(): raise E
def r6(): raise Exception
class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
def r7(): raise Custom(1, 2)
def r8(): raise KeyboardInterrupt
def r9(): raise SystemExit(4)
def r10(): raise StopIteration(7)
for f in (r1, r2, r3, r4, r5, r6, r7, r8, r9, r10):
    t(f)

try:
    raise Custom("x", "y")
except Custom as c:
    print(c.args, c.b)

def catch_bad():
    try:
        1 / 0
    except 3:
        pass
t(catch_bad)

def catch_bad_tuple():
    try:
        1 / 0
    except (ZeroDivisionError, 3):
        print("matched first")
t(catch_bad_tuple)

class Meta(type):
    def __instancecheck__(cls, inst):
        return True
try:
    raise KeyError
except (ValueError, KeyError) as e:
    print("tuple match", type(e).__name__)
try:
    raise KeyError
except LookupError:
    print("subclass match")
