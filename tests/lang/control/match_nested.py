# Deeply nested patterns combining every kind.
class Node:
    __match_args__ = ('op', 'args')
    def __init__(self, op, *args):
        self.op = op
        self.args = list(args)

def ev(n):
    match n:
        case int() | float():
            return n
        case Node('+', [a, b]):
            return ev(a) + ev(b)
        case Node('*', [a, Node('+', [b, c])]):
            return ev(a) * (ev(b) + ev(c))
        case Node('*', [a, b]):
            return ev(a) * ev(b)
        case Node('neg', [x]) | Node('-', [x]):
            return -ev(x)
        case Node(op='call', args=[{'fn': name, 'arg': arg}]):
            return '%s(%r)' % (name, ev(arg))
        case Node(op, [*args]):
            return 'unknown %s/%d' % (op, len(args))
        case _:
            raise ValueError(n)

print(ev(Node('+', 1, 2)))
print(ev(Node('*', 2, Node('+', 3, 4))))
print(ev(Node('*', 2, 5)), ev(Node('neg', 4)), ev(Node('-', 1.5)))
print(ev(Node('call', {'fn': 'f', 'arg': Node('+', 1, 1)})))
print(ev(Node('?', 1, 2, 3)))
try:
    ev('bad')
except ValueError as e:
    print('ValueError', e)

def parse(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as d]:
            return 'go ' + d
        case ['take', *items] if items:
            return 'take ' + ','.join(items)
        case ['quit' | 'exit']:
            return 'bye'
        case []:
            return 'nothing'
        case [verb, *_]:
            return 'unknown verb ' + verb
print([parse(c) for c in ('go north', 'go up', 'take a b', 'take', 'exit', '', 'dance')])
