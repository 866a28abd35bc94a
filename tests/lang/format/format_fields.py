def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{0}{0}'.format('x'), '{a}{b}'.format(a=1, b=2), '{}'.format(''))
print('{0[1]} {0[a]}'.format({1: 'one', 'a': 'A'}), '{0[0]}'.format([5]), '{x.real}'.format(x=3), '{0.imag}'.format(2))
print('{0[ 1]}'.format({' 1': 5}), '{00}'.format(7), '{0.real.imag}'.format(3), '{{}} {{{0}}}'.format(9))
print('{!r}'.format('a'), '{!s}'.format(1), '{!a}'.format('é'), '{0!r:>6}'.format('a'), '{!r:}'.format(1))
print('{:{}}|'.format('a', 5), '{:>{w}.{p}}|'.format('abcdef', w=6, p=2), '{0:{1}}|'.format(3, '>4'))
print('x{}y{}z'.format(1, 2), 'é{}€'.format('😀'), '{:}'.format('q'))
