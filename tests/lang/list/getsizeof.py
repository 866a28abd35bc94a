import sys
a = []
sizes = []
for i in range(40):
    a.append(i)
    sizes.append(sys.getsizeof(a))
print(sizes)
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(10))))
print(sys.getsizeof([0] * 7), sys.getsizeof([1, 2] + [3]))
b = list(range(100))
del b[10:]
print(sys.getsizeof(b))
print([].__sizeof__(), [1].__sizeof__())
