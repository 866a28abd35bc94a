# A first krait program: classes, closures, generators, formatting.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

    def __repr__(self):
        return f"Node({self.value!r})"


def chain(*values):
    head = None
    for v in reversed(values):
        node = Node(v)
        node.next = head
        head = node
    return head


def walk(node):
    while node is not None:
        yield node
        node = node.next


nodes = list(walk(chain("root", "left", "right")))
print("Hello from krait:", nodes)
print({n.value: len(n.value) for n in nodes})
print(sum(x * x for x in range(10)), 2 ** 100)
