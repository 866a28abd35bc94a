# Calls through f(*args, **kwargs) wrappers, deep recursion included.
import sys
def deco(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper
@deco
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
sys.setrecursionlimit(10000)
print(down(3000))
class A:
    def m(self, *a, **k):
        return a, k
args = (1, 2)
print(A().m(*args, x=1))
def f(a, b, c=3, **kw):
    return a, b, c, kw
print(f(*[1], **{"b": 2, "z": 9}))
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(*[1, 2, 3, 4])
except TypeError as e:
    print(e)
