# Generator object attributes and frames.
def gen(a):
    b = a + 1
    yield b
    yield locals()

g = gen(1)
print(g.__name__, g.__qualname__, g.gi_code.co_name)
print(g.gi_running, g.gi_suspended, g.gi_frame is not None)
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
print(next(g))
print(g.gi_frame.f_locals)
print(g.gi_frame.f_lineno)
print(sorted(next(g).items()))
try:
    next(g)
except StopIteration:
    pass
print(g.gi_frame, g.gi_suspended)
print(repr(g).startswith("<generator object gen at 0x"))
g.__name__ = "newname"
print(g.__name__)
try:
    g.__qualname__ = 5
except TypeError as e:
    print(e)
print(iter(g) is g)
print(type(g).__name__)

class K:
    def method(self):
        yield self

print(K().method().__qualname__)
genexp = (x for x in range(3))
print(genexp.__name__, list(genexp))
print(type(gen(0)).__name__)
