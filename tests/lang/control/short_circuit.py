# and/or short-circuit, chained comparisons evaluate operands once,
# conditional expressions.
log = []
def v(x):
    log.append(x)
    return x

print(v(0) and v(1), log); log.clear()
print(v(2) and v(3), log); log.clear()
print(v(0) or v(4), log); log.clear()
print(v(5) or v(6), log); log.clear()
print(v(1) < v(2) < v(3), log); log.clear()
print(v(1) < v(0) < v(3), log); log.clear()
print(v(1) == v(1) != v(2) is not None, log); log.clear()
print(v('a') in v('abc') not in v(['x']), log); log.clear()
print(v(1) if v(0) else v(2), log); log.clear()
print(not v(0), not v([]), not v('x'), log); log.clear()

if v(0) or v('') or v(None):
    print('no')
else:
    print('all falsy', log)
log.clear()
if not (v(1) and v(2) and v(0)):
    print('not all truthy', log)
log.clear()
x = 5
print(1 < x < 10, 10 < x < 20, x == 5 == 5.0, 0 <= x <= 5 <= 5)
print([i for i in range(10) if i % 2 and i > 4 or i == 0])
print((lambda a: a or 'default')(''), (lambda a: a and 'yes')(1))
print(None is None is not False, 1 in [1] in [[1]])
