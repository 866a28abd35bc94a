import _thread
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__, sorted(r.__dict__.items()))
    except Exception as e:
        print(type(e).__name__, e)
class NoInit(_thread._local):
    pass
class WithInit(_thread._local):
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw
class WithNew(_thread._local):
    def __new__(cls, *args):
        return super().__new__(cls)
t(NoInit)
t(NoInit, 1)
t(NoInit, k=2)
t(WithInit)
t(WithInit, 1, 2, k=3)
t(WithNew)
t(WithNew, 1)
x = WithInit(5)
x.y = [1]
print(x.y, x.args, "args" in dir(x))
class Slots(_thread._local):
    __slots__ = ("a",)
s = Slots()
s.a = 1
s.b = 2
print(s.a, s.b, s.__dict__)
