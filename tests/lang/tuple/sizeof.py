import sys
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)), sys.getsizeof(tuple(range(10))))
print(().__sizeof__(), (1, 2).__sizeof__())
print(sys.getsizeof(range(3)), sys.getsizeof(range(10**30)), sys.getsizeof(slice(1)))
print(sys.getsizeof(set()), sys.getsizeof(frozenset(range(5))), sys.getsizeof(set(range(6))))
print(sys.getsizeof({}), sys.getsizeof(dict.fromkeys(range(6))), sys.getsizeof(dict(a=1)))
print(sys.getsizeof([]), sys.getsizeof([None] * 5), sys.getsizeof(list(range(5))), sys.getsizeof([1, 2, 3, 4, 5]))
