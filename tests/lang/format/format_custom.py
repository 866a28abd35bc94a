def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

class P:
    def __format__(self, spec):
        return 'P<' + spec + '>'
    def __str__(self):
        return 'Pstr'
    def __repr__(self):
        return 'Prepr'
p = P()
print('{}|{:abc}|{!s}|{!r}'.format(p, p, p, p), '{0:{1}}'.format(p, 'x'))
print('%s %r %a' % (p, p, p), format(p, 'q'), f'{p:zz}')
class BadFormat:
    def __format__(self, spec):
        return 5
t(lambda: '{}'.format(BadFormat()))
class BadStr:
    def __str__(self):
        raise ValueError('no str')
t(lambda: '%s' % BadStr())
t(lambda: '{}'.format(BadStr()))
class Idx:
    def __index__(self):
        return 65
print('%c' % 65, '%x' % Idx(), '%d' % Idx(), '%o' % Idx())
t(lambda: '%c' % Idx())
class Flt:
    def __float__(self):
        return 2.5
print('%f' % Flt(), '%.1e' % Flt())
t(lambda: '%d' % Flt())
print('{0.__class__.__name__}'.format(1), '{[0]}'.format('xyz'), '{0[1][0]}'.format([0, 'ab']))
