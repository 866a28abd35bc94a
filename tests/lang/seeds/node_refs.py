import sys
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

print(root.value, root.next.value, left.next.value, right.next.value)
print(root.next is left, left.next is right, right.next is left)
base = sys.getrefcount(Node('tmp'))
# root: only the name; left: name + root.next + right.next; right: name + left.next
print(sys.getrefcount(root) - base, sys.getrefcount(left) - base, sys.getrefcount(right) - base)
del root
print(sys.getrefcount(left) - base, sys.getrefcount(right) - base)
