# Generator pipelines and generator expressions.
def numbers(n):
    for i in range(n):
        yield i

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    return (x for x in it if x % 2 == 0)

print(list(evens(squares(numbers(10)))))
print(sum(x for x in range(101)))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(dict((k, v) for k, v in zip("abc", range(3))))
print([list(g) for g in (numbers(2), numbers(3))])

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

def accum():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v

acc = accum()
next(acc)
for v in (1, 2, 3):
    print(acc.send(v))
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
print(list(enumerate(numbers(3), 1)))
print(sorted(numbers(5), reverse=True))
