# try/except* with exception groups.
def run(exc):
    try:
        raise exc
    except* ValueError as eg:
        print('values', [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print('keys', len(eg.exceptions))

run(ExceptionGroup('g', [ValueError('a'), KeyError('b'), ValueError('c')]))
run(ValueError('naked'))
try:
    run(ExceptionGroup('g', [TypeError('t'), ValueError('v')]))
except ExceptionGroup as eg:
    print('rest', type(eg).__name__, [type(e).__name__ for e in eg.exceptions])

try:
    try:
        raise ExceptionGroup('g', [OSError('o')])
    except* OSError:
        raise KeyError('new')
except ExceptionGroup as eg:
    print('raised in handler', [type(e).__name__ for e in eg.exceptions])
except KeyError as e:
    print('plain', e)

try:
    raise ExceptionGroup('g', [ValueError(1)])
except* ValueError:
    print('handled')
else:
    print('no else')
finally:
    print('finally')
