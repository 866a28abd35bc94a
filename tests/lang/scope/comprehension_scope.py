# Comprehensions are functions: loop variables do not leak, walrus binds
# in the enclosing scope, the outermost iterable is evaluated outside.
x = 'unchanged'
lst = [x for x in range(3)]
print(x, lst)

def f():
    total = 0
    data = [1, 2, 3]
    sums = [total := total + v for v in data]
    return sums, total
print(f())

def last_match(items):
    if any((found := i) > 2 for i in items):
        return found
    return None
print(last_match([1, 5, 3]), last_match([0]))

nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)

print({k: v for k, v in zip('ab', (1, 2))}, {c for c in 'aab'})
g = (i * i for i in range(4))
print(type(g).__name__, list(g))

def outer_iterable_evaluated_first():
    log = []
    def it():
        log.append('iter')
        return [1, 2]
    gen = (log.append(v) for v in it())
    log.append('created')
    list(gen)
    return log
print(outer_iterable_evaluated_first())

def comp_sees_enclosing():
    factor = 3
    return [factor * i for i in range(3)]
print(comp_sees_enclosing())

y = 10
print([y + i for i in range(2) if (z := i) >= 0], z)
print([(a, b) for a in range(2) for b in range(a, 2)])
