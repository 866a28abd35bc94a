# Deep recursion raises RecursionError instead of crashing; limits apply.
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(900))
sys.setrecursionlimit(120000)
print(depth(100000))
sys.setrecursionlimit(1000)

def mutual_a(n):
    return mutual_b(n) if n else "done"

def mutual_b(n):
    return mutual_a(n - 1)

print(mutual_a(400))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(30))
try:
    down(0)
except RecursionError:
    print("again ok")
