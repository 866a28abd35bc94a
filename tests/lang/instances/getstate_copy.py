# object.__getstate__, __reduce_ex__ and the copy module on instances.
import copy
import copyreg


class A:
    pass


class WithInit:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Slots:
    __slots__ = ("p", "q")


class SlotsDict:
    __slots__ = ("p", "__dict__")


a = A()
print(a.__getstate__())
a.x = 1
print(a.__getstate__())
st = a.__getstate__()
st["y"] = 2
print(vars(a))
w = WithInit(1, [2])
print(w.__getstate__(), w.__reduce_ex__(2)[0] is copyreg.__newobj__, w.__reduce_ex__(2)[2])
w2 = copy.copy(w)
print(vars(w2), w2.b is w.b)
w3 = copy.deepcopy(w)
print(vars(w3), w3.b is w.b)
s = Slots()
print(s.__getstate__())
s.p = 1
print(s.__getstate__())
sd = SlotsDict()
print(sd.__getstate__())
sd.p = 1
sd.z = 2
print(sd.__getstate__())
sd2 = copy.copy(sd)
print(sd2.p, vars(sd2))


class Custom:
    def __init__(self):
        self.v = 1
        self.tmp = "drop"

    def __getstate__(self):
        st = super().__getstate__()
        st = dict(st)
        del st["tmp"]
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


c = copy.copy(Custom())
print(vars(c))


class Empty:
    pass


e = copy.copy(Empty())
print(vars(e), type(e).__name__)
# a deepcopy of a cycle of instances
n1 = A()
n2 = A()
n1.other = n2
n2.other = n1
n1.tag = "one"
m1 = copy.deepcopy(n1)
print(m1.tag, m1.other.other is m1, m1 is not n1)
