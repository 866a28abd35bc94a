import _thread
L = _thread._local
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(L), L.__module__, L.__name__)
t(L, 1)
t(L, a=1)
x = L()
x.a = 1
print(x.__dict__, x.a)
t(setattr, x, "__dict__", {})
t(delattr, x, "b")
t(getattr, x, "b")
del x.a
print(x.__dict__)
x.__dict__["z"] = 5
print(x.z)
class S(L):
    def __init__(self, a, b=2):
        self.a = a
        self.b = b
s = S(1, b=3)
print(s.__dict__, s.a, s.b, isinstance(s, L))
t(S)
class T(L):
    x = 10
    def m(self):
        return self.x + 1
tt = T()
print(tt.m(), tt.__dict__)
tt.x = 5
print(tt.m())
import weakref
w = weakref.ref(s)
print(w() is s)
del s
print(w())
