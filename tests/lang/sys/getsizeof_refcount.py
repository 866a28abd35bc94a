import sys
print(isinstance(sys.getsizeof(1), int), sys.getsizeof([]) > 0)
print(sys.getsizeof([1, 2, 3]) > sys.getsizeof([]))
class S:
    def __sizeof__(self):
        return 100
print(sys.getsizeof(S()) >= 100)
class Bad:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print('ValueError', e)
try:
    sys.getsizeof(Bad(), 'dflt')
except ValueError as e:
    print('ValueError with default', e)
print(sys.getsizeof(1j, 'dflt') > 0)
try:
    sys.getsizeof()
except TypeError as e:
    print('TypeError', e)
a = object()
before = sys.getrefcount(a)
b = [a, a]
print(sys.getrefcount(a) - before)
del b
print(sys.getrefcount(a) - before)
