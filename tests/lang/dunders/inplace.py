class I:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return "plain add"
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return "fallback sub"
    def __repr__(self):
        return "I(%r)" % self.v
x = I(1)
y = x
x += 5
print(x, y, x is y)
x -= 1
print(x)
class J:
    def __imul__(self, o): return "imul"
    def __itruediv__(self, o): return "itruediv"
    def __ifloordiv__(self, o): return "ifloordiv"
    def __imod__(self, o): return "imod"
    def __ipow__(self, o): return "ipow"
    def __ilshift__(self, o): return "ilshift"
    def __irshift__(self, o): return "irshift"
    def __iand__(self, o): return "iand"
    def __ior__(self, o): return "ior"
    def __ixor__(self, o): return "ixor"
    def __imatmul__(self, o): return "imatmul"
res = []
for op in ("*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="):
    ns = {"j": J()}
    exec("j " + op + " 2", ns)
    res.append(ns["j"])
print(res)
l = [1]
l2 = l
l += [2]
print(l, l2 is l)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
s = "a"
s *= 3
print(s)
l *= 2
print(l, l2)
