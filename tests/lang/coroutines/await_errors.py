# await on things that are not awaitable, and misuse.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        print("done", e.value)
    except Exception as e:
        print(type(e).__name__, e)

async def await_int():
    await 3

run(await_int())

class BadAwait:
    def __await__(self):
        return 5

async def await_bad():
    await BadAwait()

run(await_bad())

made = []
class AwaitCoro:
    def __await__(self):
        async def inner():
            pass
        made.append(inner())
        return made[-1]

async def await_coro_from_await():
    await AwaitCoro()

run(await_coro_from_await())

async def noop():
    return "noop"

async def twice():
    c = noop()
    a = await c
    b = await c
    return a, b

run(twice())

async def sends_value():
    return 1

sv = sends_value()
try:
    sv.send(5)
except TypeError as e:
    print(e)
sv.close()

def plain_gen():
    c = noop()
    made.append(c)
    yield from c

try:
    list(plain_gen())
except TypeError as e:
    print(e)

for c in made:
    c.close()
print("closed", len(made))
