# Context objects: mapping interface, copy, run, isolation of changes.
import contextvars

a = contextvars.ContextVar('a', default=0)
b = contextvars.ContextVar('b')
a.set(1)
b.set('x')
ctx = contextvars.copy_context()
print(len(ctx), ctx[a], ctx[b], ctx.get(a), ctx.get(contextvars.ContextVar('c')), ctx.get(contextvars.ContextVar('c'), 9))
print(a in ctx, contextvars.ContextVar('c') in ctx)
print(sorted(var.name for var in ctx), sorted(k.name for k in ctx.keys()), sorted(map(str, ctx.values())))
print(sorted((k.name, v) for k, v in ctx.items()))

def work(n, *, extra=0):
    a.set(a.get() + n + extra)
    b.set('changed')
    return a.get(), b.get()

print(ctx.run(work, 10, extra=5))
print(a.get(), b.get(), ctx[a], ctx[b])
print(ctx.run(work, 1))
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, c2[a])
c2.run(a.set, 100)
print(c2[a], ctx[a], c2 == ctx, c2 != ctx)
empty = contextvars.Context()
print(len(empty), list(empty), empty == contextvars.Context(), empty.run(a.get))
print(empty.run(lambda: (a.set(5), a.get())[1]), a.get(), empty[a])

# nested run of different contexts
def outer():
    a.set('outer')
    inner_ctx = contextvars.copy_context()
    def inner():
        a.set('inner')
        return a.get()
    return inner_ctx.run(inner), a.get(), inner_ctx[a]
print(contextvars.Context().run(outer), a.get())

# an exception propagates and the context is left
def boom():
    a.set('boom')
    raise KeyError('k')
c3 = contextvars.copy_context()
try:
    c3.run(boom)
except KeyError as e:
    print('KeyError', e, c3[a], a.get())
print(c3.run(lambda: a.get()))
print(type(ctx.items()).__name__, type(ctx.keys()).__name__, type(ctx.values()).__name__, type(iter(ctx)).__name__)
it = ctx.items()
ctx.run(b.set, 'late')
print(sorted((k.name, v) for k, v in it), ctx[b])
