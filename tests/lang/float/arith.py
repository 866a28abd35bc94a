def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 7.0, -7.0, 0.1, 1e308, float('inf'), float('-inf'), float('nan')]
for a in vals:
    for b in vals:
        r = []
        for op in ['+', '-', '*', '/', '//', '%']:
            try:
                r.append(repr(eval('a %s b' % op)))
            except Exception as e:
                r.append(type(e).__name__)
        try:
            r.append(repr(divmod(a, b)))
        except Exception as e:
            r.append(type(e).__name__)
        print(repr(a), repr(b), ' '.join(r))
t(lambda: 1.0 / 0)
t(lambda: 1.0 // 0)
t(lambda: 1.0 % 0)
t(lambda: divmod(1.0, 0))
t(lambda: 1 / 0.0)
t(lambda: 1.0 + 'a')
t(lambda: 'a' * 1.5)
print(3.0 % -2, -3.0 % 2, -0.0 % 2, 0.0 % -2, divmod(-7.5, 2), -7.5 // 2, 1e308 * 10, -1e308 * 10)
t(lambda: 2**1024 * 1.0)
t(lambda: 1.0 + 2**1024)
