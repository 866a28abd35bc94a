# throw/close delegated through await chains; coroutine wrappers.
class Future:
    def __await__(self):
        try:
            v = yield "waiting"
        except KeyError as e:
            return "future saw " + repr(e)
        return v

async def leaf():
    return await Future()

async def mid():
    r = await leaf()
    return "mid:" + r

c = mid()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)

c = mid()
c.send(None)
print(c.cr_await.__class__.__name__)
c.close()
print(c.cr_frame)

async def simple():
    return 7

w = simple().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)

class Awaitable:
    def __init__(self, it):
        self.it = it
    def __await__(self):
        return iter(self.it)

async def uses_iter():
    await Awaitable([1, 2])
    return "after iter"

c = uses_iter()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

async def catches():
    try:
        await Future()
    except ValueError:
        return "caught in coroutine"

c = catches()
c.send(None)
try:
    c.throw(ValueError)
except StopIteration as e:
    print(e.value)
