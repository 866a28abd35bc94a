import math
out = []
for k in range(-1074, 1024):
    x = 2.0 ** k
    out.append(repr(x)); out.append(repr(math.nextafter(x, 0))); out.append(repr(math.nextafter(x, math.inf)))
for k in range(-330, 310):
    x = float('1e%d' % k)
    out.append(repr(x)); out.append(repr(math.nextafter(x, 0))); out.append(repr(math.nextafter(x, math.inf)))
print('\n'.join(out))
