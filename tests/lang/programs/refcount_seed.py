# From the seeds: names are labels for objects; small ints are shared.
import sys

x = 30
y = 30
print(x is y, id(x) == id(y))

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
print(root.next.value, left.next.value, right.next.value)
del root
print(left.next.next is left)

def print_word():
    word = 'Seven'
    return word
print(print_word())
