# Robustness: deep Python recursion raises RecursionError (never a crash),
# and the program continues normally afterwards, many times over.
import sys


def down(n):
    return down(n + 1) + 1


def depth_of(f):
    try:
        f(0)
    except RecursionError as e:
        return str(e)


for i in range(3):
    print(i, depth_of(down))


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


print(depth_of(mutual_a))

# recursion inside try/finally: the finally blocks all run
count = [0]


def with_finally(n):
    try:
        return with_finally(n + 1)
    finally:
        count[0] += 1


try:
    with_finally(0)
except RecursionError as e:
    print("finally:", e, count[0] > 100)

# recursion in a generator
def gen(n):
    yield from gen(n + 1)


try:
    list(gen(0))
except RecursionError as e:
    print("gen:", e)

# recursion through lambdas and default arguments
f = lambda n: f(n + 1)
print("lambda:", depth_of(f))

# catching and re-raising at every level
def reraise(n):
    try:
        return reraise(n + 1)
    except RecursionError:
        raise


print("reraise:", depth_of(reraise))

# recursion in a class method and a staticmethod
class C:
    def m(self, n):
        return self.m(n + 1)

    @staticmethod
    def s(n):
        return C.s(n + 1)


print("method:", depth_of(C().m))
print("static:", depth_of(C.s))

# the interpreter is still fine afterwards
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20), sum(range(1000)))
# depth close to (but under) the limit works
def exact(n):
    return 0 if n == 0 else 1 + exact(n - 1)


print(exact(sys.getrecursionlimit() - 50))
