# Coroutines and async generators driven by hand (no event loop).
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ('suspend', self.v)
        return got

async def add(a, b):
    x = await Awaitable(a)
    y = await Awaitable(b)
    return x + y

def run(coro, replies):
    replies = iter(replies)
    try:
        msg = coro.send(None)
        while True:
            print('yielded', msg)
            msg = coro.send(next(replies))
    except StopIteration as e:
        return e.value

print(run(add(1, 2), [10, 20]))

class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'acm'
    async def __aexit__(self, *a):
        print('aexit', a[0])
        return False

class AIter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def use():
    out = []
    async with ACM() as v:
        out.append(v)
        async for i in AIter(3):
            out.append(i)
        else:
            out.append('else')
    out.append([i async for i in AIter(2)])
    return out
print(run(use(), []))

async def agen():
    yield 1
    await Awaitable('mid')
    yield 2

async def collect():
    return [v async for v in agen()]
print(run(collect(), ['reply']))
