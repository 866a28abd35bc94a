# Robustness: freeing very long chains of objects (linked lists of instances,
# nested containers, closures, exception chains) must not overflow the C stack.
N = 200000


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


class Slotted:
    __slots__ = ("nxt",)

    def __init__(self, nxt):
        self.nxt = nxt


def chain(make, n=N):
    x = None
    for _ in range(n):
        x = make(x)
    return x


for name, make in (("instance", Node), ("slots", Slotted), ("list", lambda x: [x]),
                   ("tuple", lambda x: (x,)), ("dict", lambda x: {"k": x}),
                   ("set", lambda x: {frozenset([x]) if x is not None else 0} and frozenset([x])),
                   ("cell", lambda x: (lambda: x)),
                   ("bound method", lambda x: Node(x).__init__),
                   ("dict value in instance", lambda x: Node({"a": x}))):
    c = chain(make)
    del c
    print(name, "freed")

# a long __context__ chain of exceptions
e = None
for i in range(100000):
    try:
        try:
            raise ValueError(i)
        finally:
            pass
    except ValueError as exc:
        exc.__context__ = e
        e = exc
print(type(e).__name__, e.args)
del e
print("exceptions freed")

# a long chain of generators wrapped in each other, freed without running
g = iter([])
for _ in range(100000):
    g = (x for x in g)
del g
print("generators freed")
# deleting a long list of lists iteratively and a list holding itself
big = [[i] for i in range(N)]
del big
x = []
x.append(x)
del x
print("done")
