from collections import deque
d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10); print(d)
d.appendleft(-1); print(d)
d.extend([20, 21]); print(d)
d.extendleft([30, 31]); print(d)
z = deque([1, 2], maxlen=0)
z.append(1); print(z, len(z))
print(deque(maxlen=None).maxlen, deque([], 5).maxlen, deque([1, 2], maxlen=2) * 3)
m = deque([1, 2, 3], maxlen=4)
m *= 5
print(m)
m2 = deque('ab', 3)
m2 += 'cde'
print(m2)
print(deque([1, 2], 2) + deque([3]))
try:
    deque([1], 1).insert(0, 2)
except IndexError as e:
    print('IndexError', e)
x = deque([1, 2, 3], 3)
x.insert(0, 0) if len(x) < 3 else print('full')
print(deque(range(5), 2).copy())
try:
    d.maxlen = 5
except AttributeError as e:
    print('AttributeError')
for bad in ["deque([], -1)", "deque([], 'a')", "deque([], 1, 2)", "deque(foo=1)", "deque(1)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
