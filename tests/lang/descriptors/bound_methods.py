def scrub(s):
    out, i = "", 0
    while True:
        j = s.find(" at 0x", i)
        if j < 0:
            return out + s[i:]
        k = j + 6
        while k < len(s) and s[k] in "0123456789abcdef":
            k += 1
        out += s[i:j] + " at ADDR"
        i = k
class C:
    def m(self, *args, **kw):
        return self.v, args, kw
    v = 7
c = C()
bm = c.m
print(bm(1, 2, k=3), bm.__self__ is c, bm.__func__ is C.m, type(bm).__name__)
print(scrub(repr(bm)))
print(bm == c.m, bm != c.m, c.m == C().m, hash(bm) == hash(c.m))
print(bm.__name__, bm.__qualname__, bm.__doc__)
C.m.attr = "func attr"
print(bm.attr)
try:
    bm.newattr = 1
except AttributeError as e:
    print(type(e).__name__, e)
import types
mt = types.MethodType(lambda self, x: (self, x), "bound")
print(mt(5))
try:
    types.MethodType(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def free(self):
    return "free", self.v
c.free = free
try:
    c.free()
except TypeError as e:
    print(type(e).__name__, e)
C.free = free
print(c.free() if "free" not in c.__dict__ else C.free(c))
del c.free
print(c.free())
f = C.m.__get__(c, C)
print(f(9))
print(C.m.__get__(None, C) is C.m)
class Callable:
    def __call__(self, *a):
        return "called", a
class H:
    cal = Callable()
print(H().cal(1))
