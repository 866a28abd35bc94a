# repr of refs and proxies (addresses removed)
from _weakref import ref, proxy
def clean(s):
    out = []
    for word in s.split(" "):
        if word.startswith("0x"):
            word = "ADDR" + ("" if word[-1] in "0123456789abcdef" else word[-1])
        out.append(word)
    return " ".join(out)
class C:
    pass
c = C()
r = ref(c)
print(clean(repr(r)))
def func():
    pass
print(clean(repr(ref(func))))
print(clean(repr(ref(C))))
print(clean(repr(ref(len))))
class Named:
    __name__ = "custom"
n = Named()
print(clean(repr(ref(n))))
class BadName:
    __name__ = 42
bn = BadName()
print(clean(repr(ref(bn))))
del c
print(clean(repr(r)))
o = C()
p = proxy(o)
print(clean(repr(p)))
del o
print(clean(repr(p)))
print(ref, proxy)
