# generator frames: locals die when the generator finishes, is closed, or is
# dropped while suspended (its finally blocks run then)
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen(tag):
    local = C(tag)
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
g = gen("exhausted")
print(list(g))
print("after list")
del g
g = gen("closed")
next(g)
g.close()
print("after close")
del g
g = gen("dropped")
next(g)
print("dropping")
del g
print("after drop")
g = gen("never started")
del g
print("after never started")
def genexp_source():
    return (C(str(i)) for i in range(2))
for item in genexp_source():
    print("item", item.n)
print("after genexp")
del item
def delegating():
    yield from gen("inner")
d = delegating()
next(d)
del d
print("after delegating")
