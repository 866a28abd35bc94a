def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
print(a + [3], a * 3, 3 * a, a * 0, a * -1, [] * 5)
t(lambda: a + (3,))
t(lambda: a + 'x')
t(lambda: a * 'x')
t(lambda: a * 1.5)
t(lambda: a * 10**30)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] <= [1, 2], [] < [0], [1] >= [1, 0])
print([1, 2] == [1, 2], [1, 2] == [1, 2.0], [1] == (1,), [1] != (1,))
t(lambda: [1] < ['a'])
t(lambda: [1] < (1,))
print(1 in [1, 2], 3 in [1, 2], 'a' not in ['b'])
b = [1]
b *= 3; print(b)
b *= 0; print(b)
nan = float('nan')
print([nan] == [nan], [nan][0] == [nan][0])
class E:
    def __eq__(self, o): return True
print([E()] == [1], 1 in [E()])
