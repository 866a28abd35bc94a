def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"

g = gen(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def outer():
    result = yield from gen(2)
    print("inner returned", result)
    yield "end"
print(list(outer()))
print(sum(x * x for x in range(10)), list(x for x in "ab"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
