# Async generators: asend/athrow/aclose driven by hand.
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        x = yield 1
        print("agen got", x)
        yield 2
    finally:
        print("agen finally")

g = agen()
print(run(g.__anext__()))
print(run(g.asend("hello")))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("exhausted")

async def collect():
    out = []
    async for v in agen():
        out.append(v)
    return out

print(run(collect()))

async def counter(n):
    for i in range(n):
        yield i

async def comp():
    return [i * i async for i in counter(4)]

print(run(comp()))

g = counter(3)
print(run(g.__anext__()))
print(run(g.aclose()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("closed agen exhausted")

async def catcher():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield "recovered"

g = catcher()
run(g.__anext__())
print(run(g.athrow(ValueError("bad"))))
print(type(g).__name__, g.ag_running, repr(g).startswith("<async_generator object catcher at"))
aw = g.asend(None)
print(type(aw).__name__)
