# f-strings: conversions, format specs, nested specs, expressions.
x, y = 3.14159, 'str'
print(f'{x}', f'{x:.2f}', f'{x!r}', f'{y!r}', f'{y!s}', f'{y!a}', f'{"é"!a}')
width = 10
print(f'[{y:>{width}}]', f'[{y:^{width}}]', f'[{x:{width}.{2}f}]')
print(f'{1 + 2} {[i for i in range(3)]} {"a" if x else "b"}')
print(f'{{literal}} {x=}' if False else f'{{literal}}')
d = {'k': 'v'}
print(f"{d['k']} {len(d)}")
class C:
    def __format__(self, spec):
        return 'C(' + spec + ')'
    def __repr__(self):
        return 'Crepr'
print(f'{C():abc} {C()!r} {C()}')
print(f'{42:#x} {42:08b} {1234567:,} {0.5:%}')
print('%s and %r and %5s and %-5s|' % ('s', 'r', 'w', 'l'))
print('%.2s|%5.1s|' % ('abc', 'xyz'))
print('%d%%' % 50, '%s' % (1,), '%s %s' % ('a', 'b'))
print(f'''multi
{x:.1f}''')
