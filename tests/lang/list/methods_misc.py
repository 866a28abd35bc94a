def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
b = a.copy()
b.append(4)
print(a, b)
a.reverse()
print(a)
a.clear()
print(a, len(a))
print(list(reversed([1, 2, 3])), list(reversed([])))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__())
print(type(iter([])).__name__, type(reversed([])).__name__)
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), list(it), it.__length_hint__())
l = [1, 2]
it = iter(l)
l.append(3)
print(list(it))
t(lambda: [].copy(1))
t(lambda: [].clear(1))
t(lambda: hash([]))
print([] == [], [1] != [1], bool([]), bool([0]))
