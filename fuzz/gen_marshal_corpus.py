# gen_marshal_corpus.py OUTDIR — writes the seed corpus of fuzz_marshal_loads:
# marshal.dumps of many values in every version. Run by CPython 3.11 (values
# in CPython's bytes) and by krait (the same values, plus krait code objects).
import marshal
import posix
import sys

out = sys.argv[1]
try:
    posix.mkdir(out)
except FileExistsError:
    pass
impl = sys.implementation.name

shared = 'shared string'
big = 2 ** 100
values = [
    None, True, False, ..., StopIteration, 0, 1, -1, 2 ** 31, -2 ** 31 - 1, big, -big,
    10 ** 40, 1.5, -0.0, float('inf'), float('nan'), 1e-310, 2 + 3j,
    '', 'abc', 'a b', 'é', '日本語', '\udc80', 'x' * 300, b'', b'\x00\xff',
    bytearray(b'ba'), (), (1,), (1, 'a', 2.0), tuple(range(260)), [], [1, [2, [3, []]]],
    {}, {'k': 'v', 1: (2, 3)}, set(), frozenset(), {1, 2, 3}, frozenset({'a', (1, 2)}),
    [shared, shared, big, big], {'a': [shared], 'b': (shared, big)},
]
if impl == 'krait':
    src = '''
def f(a, b=1, *args, c, **kw):
    x = [a, b, c]
    def g(y):
        nonlocal x
        return x + [y]
    try:
        return g(len(args)), kw
    except (TypeError, ValueError) as e:
        return str(e)
class C:
    def m(self):
        return [i * i for i in range(3)]
async def co():
    return 1
'''
    values.append(compile(src, 'seed.py', 'exec'))
    values.append(compile('x = 1 + 2', 'seed2.py', 'exec'))

n = 0
for i, v in enumerate(values):
    for version in range(5):
        try:
            data = marshal.dumps(v, version)
        except ValueError:
            continue
        # posix calls, not open(): the corpus must not depend on the io module
        fd = posix.open('%s/%s-%03d-v%d' % (out, impl, i, version),
                        posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
        posix.write(fd, data)
        posix.close(fd)
        n += 1
print('%s: %d seeds in %s' % (impl, n, out))
