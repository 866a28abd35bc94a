class A:
    pass
class B:
    def __repr__(self):
        return "B-repr"
class C(B):
    def __str__(self):
        return "C-str"
class Bad:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
    def __repr__(self):
        return "BadStr()"
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
print(scrub(repr(A())))
print(scrub(str(A())))
print(repr(B()), str(B()), repr(C()), str(C()), "%s %r" % (C(), C()))
print(f"{C()} {C()!r} {B()!s}")
for f in (repr, str):
    for o in (Bad(), BadStr()):
        try:
            print(f(o))
        except TypeError as e:
            print(type(e).__name__, e)
print(ascii(B()))
class U:
    def __repr__(self):
        return "é\u1234\U0001f600"
print(ascii(U()), repr(U()))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
print(format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
try:
    format(A(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(B(), ""))
class BadF:
    def __format__(self, spec):
        return 1
try:
    format(BadF())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(type), repr(int), repr(A).replace(__name__, "M"), repr(object))
