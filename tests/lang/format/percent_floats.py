def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for v in [0.0, 1.5, -1.5, 3.14159265, 1e10, 1e-5, 123456789.0, 2.5, 0.5, 1e100, -0.0]:
    print('%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G|%.3g|%#g|%+f|% f|%08.2f|%.0f|%#.0f' % (v, v, v, v, v, v, v, v, v, v, v, v, v, v, v))
for v in [float('inf'), float('-inf'), float('nan')]:
    print('%f|%F|%e|%E|%g|%G|%5f|%-6f|%+f|%05f' % (v, v, v, v, v, v, v, v, v, v))
print('%f' % 3, '%.1f' % True, '%e' % 10**20)
t(lambda: '%f' % 'x')
t(lambda: '%f' % None)
t(lambda: '%.2147483648f' % 1.0)
