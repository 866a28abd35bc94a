# Instance attributes that shadow class attributes (defaults, methods)
# in loops the VM specializes, while the class attribute changes kind.
class C:
    count = 0
    name = None
    def meth(self): return "m"
    def __init__(self): self.name = "n"
def run(objs):
    t = 0
    for o in objs:
        o.count += 1
        t += o.count
        if o.name is None: t += 1000
    return t
objs = [C() for i in range(10)]
print(run(objs), run(objs))
del objs[3].count
print(run(objs), C.count)
del objs[2].name
print(run(objs))
C.count = property(lambda s: 99, lambda s, v: None)
print(run(objs))
del C.count
C.count = 5
print(run(objs))
o = C(); o.meth = lambda: "inst"
def callm(objs): return [x.meth() for x in objs]
print(callm([o, C(), o]))
