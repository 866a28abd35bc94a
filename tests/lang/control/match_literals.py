# match: literal, singleton, value and capture patterns, guards.
import_like = None

def classify(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 'hello':
            return 'greeting'
        case b'raw':
            return 'bytes'
        case 1.5:
            return 'float'
        case True:
            return 'true'
        case None:
            return 'none'
        case n if isinstance(n, int) and n > 100:
            return 'big %d' % n
        case other:
            return 'other %r' % (other,)

for v in (0, 2, -1, 'hello', b'raw', 1.5, True, None, 500, 50, 'x', 2+0j):
    print(repr(v), classify(v))

class Color:
    RED = 'red'
    GREEN = 'green'

def color(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.GREEN:
            return 'is green'
        case _:
            return 'unknown'
print(color('red'), color('green'), color('blue'))

match 3:
    case x if x > 5:
        print('big')
    case x:
        print('captured', x)
print(x)
