import itertools
names = sorted(n for n in dir(itertools) if not n.startswith('__'))
print(names)
for n in ['count', 'chain', 'islice', 'groupby', 'product', 'tee', 'zip_longest']:
    print(n, type(getattr(itertools, n)).__name__)
print(itertools.chain.__module__, itertools.islice.__name__, itertools.chain.__qualname__)
print(iter(itertools.count()) is not None)
it = itertools.chain([1, 2])
print(iter(it) is it)
# cycles through GC
class Node:
    pass
n = Node()
n.it = itertools.cycle([n])
del n

print('gc ok')
class MyChain(itertools.chain):
    def extra(self):
        return 'extra'
m = MyChain('ab', 'c')
print(list(m), m.extra(), isinstance(m, itertools.chain))
print(sum(1 for _ in itertools.islice(itertools.count(), 1000)))
print(list(itertools.starmap(max, itertools.zip_longest([1, 5], [3], fillvalue=0))))
