import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.lshift(1, 5), op.rshift(64, 2), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2))
print(op.not_(0), op.truth([]), op.truth([0]), op.is_(None, None), op.is_not(1, None))
l = [1]
r = op.iadd(l, [2])
print(r is l, l)
t = (1,)
print(op.iadd(t, (2,)), t)
print(op.isub(5, 2), op.imul([0], 2), op.ifloordiv(7, 2), op.itruediv(1, 4), op.imod(9, 4))
print(op.ipow(3, 2), op.ilshift(1, 3), op.irshift(8, 1), op.iand(7, 2), op.ior(1, 2), op.ixor(3, 1))
s = {1}
op.ior(s, {2})
print(s)
print(op.__add__(1, 1), op.__lt__(1, 2), op.__not__(1), op.__inv__(1))
class M:
    def __matmul__(self, o):
        return 'matmul'
    def __imatmul__(self, o):
        return 'imatmul'
print(op.matmul(M(), 1), op.imatmul(M(), 1))
for bad in ["op.add(1)", "op.add(1, 2, 3)", "op.add(a=1)", "op.truth()", "op.index('a')", "op.neg('a')",
            "op.matmul(1, 2)", "op.add(1, 'a')", "op.is_(1)", "op.not_()", "op.lt(1, 'a')"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
