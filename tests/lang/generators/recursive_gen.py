# Recursive generators with yield from (tree walks), generators in classes.
class Node:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k

tree = Node(1, Node(2, Node(3)), Node(4, Node(5), Node(6, Node(7))))
print(list(tree))

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(list(flatten([1, [2, [3, [4, [5]]]], 6])))

def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)

print(list(countdown(50))[:5], sum(countdown(300)))

class Seq:
    def __init__(self, n):
        self.n = n
    def evens(self):
        for i in range(self.n):
            if i % 2 == 0:
                yield i

print(list(Seq(7).evens()))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            yield [x] + p

print(list(permutations([1, 2, 3])))
