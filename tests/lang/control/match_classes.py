# match: class patterns with positional (__match_args__) and keyword
# sub-patterns, builtin self-matching types.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return 'on y axis at %r' % y
        case Point(x, 0):
            return 'on x axis at %r' % x
        case Point(x, y) if x == y:
            return 'diagonal'
        case Point():
            return 'somewhere'
        case _:
            return 'not a point'

for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 'p'):
    print(where(p))

def builtin(v):
    match v:
        case bool(b):
            return 'bool %r' % b
        case int(i):
            return 'int %r' % i
        case str() as s:
            return 'str %r' % s
        case float(f):
            return 'number %r' % f
        case list([x, y]):
            return 'pair list'
        case dict(d):
            return 'dict %r' % d
        case _:
            return 'other'
for v in (True, 3, 'x', 1.5, 2j, [1, 2], {'a': 1}, None):
    print(builtin(v))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

class TooMany:
    __match_args__ = ('a',)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    match 1:
        case int.real(x):
            pass
except TypeError as e:
    print(type(e).__name__, e)
