# Async generators (aclose, finally), coroutines raising, comprehensions, delegation.
class Aw:
    def __await__(self):
        v = yield 'susp'
        return v
def run(coro):
    try:
        coro.send(None)
        while True:
            coro.send('r')
    except StopIteration as e:
        return e.value
async def agen():
    try:
        yield 1
        x = await Aw()
        yield x
    finally:
        print('agen finally')
async def main():
    out = []
    g = agen()
    out.append(await g.__anext__())
    out.append(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append('stop')
    return out
print(run(main()))
async def raising():
    try:
        await Aw()
        raise ValueError('in coro')
    except ValueError as e:
        return 'caught ' + str(e)
print(run(raising()))
def gen():
    try:
        yield 1
    except GeneratorExit:
        print('exit seen')
        raise
g = gen(); next(g); g.close()
def sub():
    r = yield 1
    return r * 2
def deleg():
    v = yield from sub()
    return v
d = deleg(); next(d)
try:
    d.send(21)
except StopIteration as e:
    print('deleg', e.value)
async def comp():
    async def ai():
        for i in range(3):
            yield i
    return [i async for i in ai() if i], {i: j async for i in ai() for j in range(1)}
print(run(comp()))
