async def agen():
    yield 1
    yield 2
class AIt:
    def __init__(self): self.n = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
async def main():
    g = agen()
    print(await anext(g), await anext(g), await anext(g, 'dflt'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('StopAsyncIteration')
    it = AIt()
    print(await anext(it), await anext(it, 'x'), await anext(it, 'y'))
    print(type(anext(agen(), 0)).__name__)
    ai = aiter(AIt())
    print(type(ai).__name__, [x async for x in ai])
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
run(main())
try:
    aiter(1)
except TypeError as e:
    print(e)
try:
    anext(1)
except TypeError as e:
    print(e)
