# Coroutines driven by hand with send(): await on custom awaitables.
class Yield:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        received = yield self.value
        return ("resumed", received)

async def child(n):
    r = await Yield(n)
    return r

async def parent():
    a = await child(1)
    b = await child(2)
    return [a, b]

def run(coro):
    sent = None
    while True:
        try:
            y = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("yielded", y)
        sent = y * 10

print(run(parent()))

async def simple():
    return 42

c = simple()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def raiser():
    raise ValueError("inside")

try:
    raiser().send(None)
except ValueError as e:
    print("ValueError", e)

c = parent()
print(c.send(None))
print(c.cr_await is not None, c.cr_running, c.cr_suspended)
try:
    c.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError", e)
print(c.cr_frame)
c = simple()
c.close()
print("closed", c.cr_frame)
c = simple()
print(type(c).__name__)
c.close()
