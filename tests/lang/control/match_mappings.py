# match: mapping patterns with **rest, nested values and key types.
def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return 'click at %d,%d' % (x, y)
        case {'type': 'key', 'key': str(k), **rest}:
            return 'key %s %r' % (k, sorted(rest.items()))
        case {'type': t}:
            return 'other type ' + t
        case {}:
            return 'empty or untyped mapping'
        case _:
            return 'not a mapping'

print(handle({'type': 'click', 'pos': (1, 2)}))
print(handle({'type': 'key', 'key': 'a', 'mod': 'shift', 'n': 1}))
print(handle({'type': 'scroll'}))
print(handle({'nothing': 1}))
print(handle([('type', 'click')]))

match {1: 'one', 2: 'two', 3: 'three'}:
    case {1: a, 3: b, **others}:
        print(a, b, others)

class Keys:
    A = 'a'
match {'a': 1}:
    case {Keys.A: v}:
        print('attr key', v)

match {'x': None}:
    case {'x': None}:
        print('none value')

