import sys
def f(n):
    if n:
        return f(n - 1)
    for lim in (3, 10, 12, 15, 50):
        try:
            sys.setrecursionlimit(lim)
            print('set', lim)
        except RecursionError as e:
            print(e)
    sys.setrecursionlimit(1000)
f(10)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(100)
try:
    deep(0)
except RecursionError as e:
    print('RecursionError', e)
