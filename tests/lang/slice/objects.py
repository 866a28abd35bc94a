def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2), repr(slice('a', [1])))
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(5), slice(-3, None).indices(10), slice(None, -20, -2).indices(10))
print(slice(10**20, -10**20, -10**19).indices(10**21))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(1, stop=2))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice(1, 2).indices('a'))
t(lambda: slice(None, None, 0).indices(3))
t(lambda: slice('a', 2).indices(3))
t(lambda: hash(slice(1)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) == (None, 1, None))
t(lambda: slice(1) < (1,))
print(slice(1).__reduce__())
print([0, 1, 2, 3, 4][slice(1, None, 2)], 'abcdef'[slice(None, None, -2)], (1, 2, 3)[slice(-2, None)])
class I:
    def __index__(self):
        return 2
print([0, 1, 2, 3][I():], [0, 1, 2, 3][:I()], slice(I(), None).indices(4))
t(lambda: [1, 2][1.5:])
t(lambda: s.__setattr__('start', 3))
