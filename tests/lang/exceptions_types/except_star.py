try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print('caught ValueErrors', repr(g))
except* TypeError as g:
    print('caught TypeErrors', repr(g))
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
    except* ValueError:
        print('handled ValueError')
except ExceptionGroup as rest:
    print('rest', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as g:
    print('wrapped', repr(g))
