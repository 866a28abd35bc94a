# match: or-patterns binding the same names (in different orders), as.
def f(v):
    match v:
        case [x, 1] | [1, x]:
            return 'x=%r' % x
        case (a, b, 'swap') | (b, a, 'SWAP'):
            return 'a=%r b=%r' % (a, b)
        case {'k': (1 | 2) as small}:
            return 'small %r' % small
        case ([_, _] | (_, _, _)) as seq:
            return 'len %d' % len(seq)
        case str() | bytes() as s:
            return 'text %r' % (s,)
        case _:
            return 'no'

for v in ([5, 1], [1, 7], (1, 2, 'swap'), (1, 2, 'SWAP'), {'k': 2}, {'k': 3},
          [9, 9], (8, 8, 8), 'txt', b'b', 0):
    print(repr(v), f(v))

match 42:
    case 1 | 2:
        pass
    case (40 | 41 | 42) as n if n % 2 == 0:
        print('even', n)
