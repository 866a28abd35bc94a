# Generators: yield, yield from with return values, send/throw/close.
def gen():
    x = yield 1
    print('got', x)
    y = yield 2
    print('got', y)
    return 'ret'

g = gen()
print(next(g))
print(g.send('a'))
try:
    g.send('b')
except StopIteration as e:
    print('stop', e.value)

def inner():
    yield 'i1'
    yield 'i2'
    return 'inner-ret'
def outer():
    r = yield from inner()
    yield r
print(list(outer()))

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print('caught', e)
c = catcher(); next(c)
c.throw(ValueError('boom'))
c.close()
print('closed')

def finalizer():
    try:
        yield 1
        yield 2
    finally:
        print('finalizer ran')
f = finalizer(); next(f); f.close()

def delegate_throw():
    try:
        yield from catcher()
    finally:
        print('delegate done')
d = delegate_throw(); next(d)
d.throw(ValueError('through'))
d.close()

def gen_expr_lazy():
    return (i * 2 for i in range(3))
print(sum(gen_expr_lazy()), list(x for x in 'ab'))

def early_return():
    yield 1
    return
    yield 2
print(list(early_return()))
