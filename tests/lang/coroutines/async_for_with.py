# async for / async with with hand-written protocol objects.
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class Lock:
    async def __aenter__(self):
        print("acquire")
        return "lock"
    async def __aexit__(self, t, v, tb):
        print("release", t.__name__ if t else None)
        return False

async def main():
    total = 0
    async for x in Ticker(4):
        total += x
    print("total", total)
    async with Lock() as l:
        print("inside", l)
    try:
        async with Lock():
            raise ValueError("v")
    except ValueError:
        print("propagated")
    out = [x async for x in Ticker(3)]
    print(out)
    async for x in Ticker(5):
        if x == 2:
            continue
        if x == 4:
            break
        print("loop", x)
    else:
        print("no else")
    return "main done"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(main()))

not_async = [1, 2]
async def bad_for():
    async for x in not_async:
        pass

async def bad_with():
    async with object():
        pass

for c in (bad_for(), bad_with()):
    try:
        run(c)
    except TypeError as e:
        print(e)
