import types

class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            yield f"tick {i}"
        return self.n * 10

async def task(name, n):
    got = await Sleep(n)
    return f"{name}:{got}"

async def main():
    a = await task("a", 2)
    b = await task("b", 1)
    return [a, b]

coro = main()
try:
    while True:
        print("yielded", coro.send(None))
except StopIteration as e:
    print("result", e.value)

class AsyncRange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def consume():
    out = []
    async for v in AsyncRange(3):
        out.append(v)
    return out

c = consume()
try:
    c.send(None)
except StopIteration as e:
    print("async for", e.value)

async def agen():
    for i in range(3):
        yield i * i

async def use_agen():
    return [v async for v in agen()]

c = use_agen()
try:
    c.send(None)
except StopIteration as e:
    print("async gen", e.value)
