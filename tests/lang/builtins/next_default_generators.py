def gen():
    yield 'a'
g = gen()
print(next(g, None), next(g, None), next(g, 'x'))
it = iter(())
print(next(it, 42))
class Raising:
    def __iter__(self): return self
    def __next__(self): raise ValueError('inner')
try:
    next(Raising(), 'default')
except ValueError as e:
    print('ValueError', e)
class Stops:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('v')
print(next(Stops(), 'default'))
try:
    next(Stops())
except StopIteration as e:
    print('StopIteration', e.args)
