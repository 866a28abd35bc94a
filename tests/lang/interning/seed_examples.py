# the identity and reference-count examples of the seeds, as CPython 3.11
# runs them
import sys
x = 30
y = 30
print(id(x) == id(y), x is y)
a = 300
b = 300
print(a is b, a == b)
c = int("300")
print(c is a, c == a)
def small(v):
    return v + 0
print(small(30) is x, small(300) is a)


class Node:
    def __init__(self, value):
        self.value = value

    def next(self, next):
        self.next = next


root = Node('root')
left = Node('left')
right = Node('right')
root.next(left)
left.next(right)
right.next(left)
# getrefcount counts its own argument too
print("root", sys.getrefcount(root) - 1)
print("left", sys.getrefcount(left) - 1)
print("right", sys.getrefcount(right) - 1)
del root
print("left after del root", sys.getrefcount(left) - 1)
