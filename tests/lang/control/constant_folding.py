# Results of constant expressions, and which ones the compiler folds
# (visible in co_consts).
def consts(src):
    c = compile(src, 'x', 'eval')
    return [k for k in c.co_consts if k is not None]

print(consts('2 ** 10'), consts('-5'), consts('~0'), consts('not 1'))
print(consts('2 ** 100'))
print(consts('"ab" * 3'), consts('"a" * 5000'))
print(consts('(1, 2) + (3,)'), consts('1 << 100'), consts('1 << 200'))
print(consts('(1, (2, 3))'), consts('x in [1, 2, 3]'), consts('x in {1}'))
print(consts('1 / 0'), consts('"%s" % (x,)'), consts('"abc"[1]'))
print(consts('__debug__'))
print(2 ** 1000 == pow(2, 1000), 0.1 + 0.2, 7 // -2, -7 % 3, 1e308 * 10)
print(consts('(1, 2.0, 3j)'), consts('0.0'), consts('-0.0'))
print(compile('x = (0, 0.0, False)', 'x', 'exec').co_consts)
