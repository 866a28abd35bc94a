from itertools import islice, count
import sys
print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(100), 10, 30, 7)))
print(list(islice(range(10), None)))
print(list(islice(range(10), None, None, None)))
print(list(islice(range(10), 3, 2)))
print(list(islice(count(), 0, 50, 20)))
print(list(islice(range(10), 2**70)))
it = iter(range(10))
print(list(islice(it, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 2, 3)), next(it))
s = islice(range(5), 1, 4)
print(next(s), list(s), list(s))
class I:
    def __index__(self):
        return 2
print(list(islice('abcdef', I(), None, I())))
for bad in ["islice()", "islice([])", "islice([], 1, 2, 3, 4)", "islice([], -1)", "islice([], 'a')",
            "islice([], 1, -1)", "islice([], -1, 1)", "islice([], 'a', 2)", "islice([], 1, 2, 0)",
            "islice([], 1, 2, -1)", "islice([], 1, 2, 'x')", "islice(1, 2)", "islice([], 1, stop=2)",
            "islice([], None, 'x')", "islice([], 1.5)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
