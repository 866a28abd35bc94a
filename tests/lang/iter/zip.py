def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(zip()), list(zip('ab')), list(zip('abc', [1, 2])), list(zip('ab', 'cd', 'ef')))
print(list(zip('ab', [1, 2], strict=True)), list(zip(strict=True)))
t(lambda: list(zip([1], [1, 2], strict=True)))
t(lambda: list(zip([1, 2], [1], strict=True)))
t(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
t(lambda: list(zip([1], [1], [1, 2], strict=True)))
t(lambda: list(zip([1, 2, 3], [1, 2], [1, 2, 3], strict=True)))
t(lambda: zip(1))
t(lambda: zip([], foo=1))
t(lambda: zip([], strict=1, foo=2))
print(list(zip([1, 2], [3], strict=False)))
z = zip('ab', 'cd')
print(type(z).__name__, next(z), list(z), list(z))
def gen():
    yield 1
    raise ValueError('boom')
t(lambda: list(zip(gen(), gen())))
a, b = zip(*[(1, 'x'), (2, 'y')])
print(a, b)
res = [t_ for t_ in zip(range(3), range(3))]
print(res)
