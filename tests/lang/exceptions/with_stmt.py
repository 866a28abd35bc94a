# with statements and context manager protocol.
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is not None)
        return self.swallow

with CM("a") as x:
    print("body", x)

with CM("b", swallow=True):
    raise ValueError("swallowed")
print("after swallow")

try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("got", repr(e))

with CM("d") as d, CM("e") as e:
    print(d, e)

def ret():
    with CM("f"):
        return "value"

print(ret())
for i in range(2):
    with CM("g%d" % i):
        if i == 0:
            continue
        break

def t(f):
    try:
        f()
    except TypeError as e:
        print(e)

class NoExit:
    def __enter__(self): pass

def bad1():
    with 3:
        pass
def bad2():
    with NoExit():
        pass
t(bad1)
t(bad2)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
