# match: sequence patterns with stars, nesting and lengths.
def shape(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return 'one %r' % (x,)
        case [x, y]:
            return 'two %r %r' % (x, y)
        case [first, *_, last] if len(v) > 4:
            return 'long %r..%r' % (first, last)
        case [first, *middle, last]:
            return 'three+ %r %r %r' % (first, middle, last)

for v in ([], [1], (1, 2), [1, 2, 3], list(range(6)), 'ab', {'a': 1}):
    print(repr(v), shape(v))

def nested(v):
    match v:
        case [(a, b), [c, *d]]:
            return a, b, c, d
        case [[[x]]]:
            return 'deep', x
        case [*_]:
            return 'any sequence'
        case _:
            return 'not a sequence'
print(nested([(1, 2), [3, 4, 5]]))
print(nested([[[7]]]))
print(nested([1, 2, 3]))
print(nested('str'), nested(b'b'), nested(bytearray(b'x')))
print(nested(range(2)))

match [1, 2, 3, 4]:
    case [1, *rest]:
        print('rest', rest)

match (1, [2, 3]):
    case (a, [b, c] as inner):
        print(a, b, c, inner)
