# An instance referring to itself, and a chain of instances closed into a ring.
import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
n = Node()
n.nxt = n
del n
print(gc.collect())
first = Node()
cur = first
for i in range(9):
    cur = Node(cur)
first.nxt = cur
del first, cur
print(gc.collect())
