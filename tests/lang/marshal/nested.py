# nesting: deep structures up to and past the depth limits of both sides
import marshal

def nest(n, make):
    v = None
    for _ in range(n):
        v = make(v)
    return v

for n in (10, 500, 1998, 1999, 2000, 2001, 3000):
    for name, make in [('list', lambda v: [v]), ('tuple', lambda v: (v,)), ('dict', lambda v: {1: v})]:
        v = nest(n, make)
        try:
            data = marshal.dumps(v)
            print(n, name, len(data), marshal.loads(data) == v)
        except (ValueError, RecursionError) as e:
            print(n, name, type(e).__name__, e)

# the reader's own limit, on data that no writer makes
for n in (1999, 2000, 2001):
    data = b'[\x01\x00\x00\x00' * n + b'N'
    try:
        v = marshal.loads(data)
        print(n, 'loaded')
    except ValueError as e:
        print(n, type(e).__name__, e)
# mixed containers
v = {'a': [(1, {2, 3}), frozenset({'x'})], 'b': {'c': [[], (), {}]}}
print(marshal.loads(marshal.dumps(v)) == v)
