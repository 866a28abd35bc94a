# with statements: enter/exit order, exceptions, suppression, break/return.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.suppress

with CM('a') as x:
    print('body', x)

with CM('a'), CM('b') as y:
    print('body2', y)

with CM('s', suppress=True):
    raise ValueError('hidden')
print('after suppress')

try:
    with CM('n'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))

def ret():
    with CM('r'):
        return 'returned'
print(ret())

for i in range(3):
    with CM('loop%d' % i):
        if i == 1:
            break
        continue

with CM('t') as (p):
    print(p)

class Tuple:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Tuple() as (a, b):
    print(a + b)
