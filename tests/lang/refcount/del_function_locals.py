# locals die when the function returns; a returned object survives
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    a = C("a")
    b = C("b")
    print("in f")
f()
print("after f")
def g():
    keep = C("kept")
    drop = C("drop")
    return keep
r = g()
print("after g", r.n)
del r
def h(x):
    print("in h")
h(C("arg"))
print("after h")
def outer():
    c = C("cell")
    def inner():
        return c.n
    return inner
fn = outer()
print("closure alive", fn())
del fn
print("closure gone")
def early(flag):
    x = C("early")
    if flag:
        return 1
    print("not reached")
early(True)
print("after early")
def loop():
    for i in range(3):
        x = C(i)
    print("loop done")
loop()
print("after loop")
