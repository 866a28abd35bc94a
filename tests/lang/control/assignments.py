# Assignment forms: chains, unpacking with stars, attribute/subscript
# targets, augmented assignment evaluation order, swaps.
a = b = c = [1]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
p, q, r = 'abc'
print(p, q, r)
first, *mid, last = range(6)
print(first, mid, last)
*init, tail = [1]
print(init, tail)
(h, (i, j)), k = (1, (2, 3)), 4
print(h, i, j, k)
[m, n] = (5, 6)
print(m, n)

class O:
    pass
o = O()
o.attr = d = {}
d['k'] = o.attr2 = 7
print(o.attr, o.attr2)

lst = [0, 1, 2, 3, 4]
lst[1:3] = ['a', 'b', 'c']
lst[-1] += 10
print(lst)
lst[::2] = [None] * 3
print(lst)

log = []
class Tracer:
    def __init__(self):
        self.data = {'k': 1}
    def __getitem__(self, key):
        log.append(('get', key))
        return self.data[key]
    def __setitem__(self, key, value):
        log.append(('set', key, value))
        self.data[key] = value
def key():
    log.append('key')
    return 'k'
t = Tracer()
t[key()] += 5
print(log, t.data)

s = 'ab'
s *= 2
n = 7
n //= 2; n **= 3; n <<= 1; n %= 50; n |= 1; n ^= 3; n &= 0xff; n >>= 1; n -= 1
print(s, n)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    u, v, w = [1]
except ValueError as e:
    print(e)
try:
    u, *v, w = [1]
except ValueError as e:
    print(e)
