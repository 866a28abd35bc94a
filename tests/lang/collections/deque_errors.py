from collections import deque
import copy
for bad in ["deque().pop()", "deque().popleft()", "deque([1]).remove(2)", "deque([1]).index(2)",
            "deque([1])[5]", "deque([1])['a']", "deque([1]) + [1]", "deque([1]) < [1]",
            "deque([1]).rotate('a')", "deque() * 'a'", "deque([1]).index(1, 2)", "deque([1, 2, 3]).index(3, -2, -1)",
            "deque([1])[-2]", "hash(deque())", "deque([1]).count()", "deque([1]).insert(0)",
            "deque([1]).index()", "deque().rotate(1, 2)", "deque([1]).__setitem__(3, 0)", "deque([1]).__delitem__(3)",
            "deque([1])[0:1]"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([1, 2, 3])
it = reversed(d)
next(it)
d.pop()
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
class Evil:
    def __eq__(self, o):
        d.clear()
        return False
d = deque([1, 2, Evil(), 4])
try:
    d.count(4)
except RuntimeError as e:
    print('RuntimeError', e)
d = deque([Evil(), 1])
try:
    d.remove(1)
except IndexError as e:
    print('IndexError', e)
d = deque([1, 2, 3])
it = iter(d)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(iter(d)).__name__, type(reversed(d)).__name__)
print(d.__reduce__()[:3], deque([1], 2).__reduce__()[:3])
print(copy.copy(d), copy.deepcopy(deque([[1]], 4)))
print(list(iter(deque())))
