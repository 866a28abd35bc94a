a = [1, 'two', 3.0, None, [4, [5]], (6,), {'k': 7}]
print(a, repr(a), str(a))
b = [1]
b.append(b)
print(b)
c = [b, b]
print(c)
d = {'x': []}
d['x'].append(d)
print(d)
t = ([],)
t[0].append(t)
print(t)
print([], [[]], [()], [''])
class R:
    def __repr__(self):
        return 'R!'
print([R(), R()])
