# Code object attributes produced by the compiler.
def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    "doc"
    x = a + b
    def g():
        return x + c
    return g

co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_cellvars, co.co_freevars)
print(co.co_flags & 0xFF, co.co_consts[0], co.co_nlocals)
g = f(1, 2, 3, e=4)
print(g.__code__.co_freevars, g.__code__.co_flags & 0x1F, g())
print(f.__defaults__, f.__kwdefaults__)

def gen():
    yield 1
async def coro():
    pass
async def agen():
    yield 1
print(gen.__code__.co_flags & 0x3E0, coro.__code__.co_flags & 0x3E0, agen.__code__.co_flags & 0x3E0)
print((lambda: 0).__code__.co_name, (lambda: 0).__code__.co_consts)

def names():
    import os as o
    return o.path.join, len
print(names.__code__.co_names, names.__code__.co_varnames)
print(f.__code__.co_firstlineno, g.__code__.co_firstlineno)
c = compile('x = 1\ny = x + 2\n', 'snippet', 'exec')
print(c.co_names, c.co_filename, c.co_name)
ns = {}
exec(c, ns)
print(ns['y'])
print(compile('1 + 2', 'e', 'eval').co_consts)
print(type(co.co_code).__name__, type(co.co_linetable).__name__, type(co.co_exceptiontable).__name__)
print(co == co, co.replace(co_name='h').co_name, co.replace(co_name='h') == co)
