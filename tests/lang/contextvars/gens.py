# Generators see the caller's context; decorators isolating changes; many variables.
import contextvars

v = contextvars.ContextVar('v', default='default')
v.set('main')
def gen():
    yield v.get()
    v.set('from-gen')
    yield v.get()

g = gen()
print(next(g), next(g), v.get())
v.set('main')

# a decorator that runs a function in a fresh copy of the context
def isolated(fn):
    def wrapper(*a, **k):
        return contextvars.copy_context().run(fn, *a, **k)
    return wrapper

@isolated
def change(x):
    v.set(x)
    return v.get()

print(change('iso'), v.get())
many = [contextvars.ContextVar('m%d' % i, default=i) for i in range(50)]
toks = [m.set(m.get() * 2) for m in many]
print(sum(m.get() for m in many), len(contextvars.copy_context()))
for m, t in reversed(list(zip(many, toks))):
    m.reset(t)
print(sum(m.get() for m in many), len(contextvars.copy_context()))
