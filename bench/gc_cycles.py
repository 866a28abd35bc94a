# gc-cycles: trees whose nodes link to their parents (every node is in a
# cycle), built, dropped and reclaimed by the cycle collector.
import gc
import sys

class Tree:
    def __init__(self, parent, depth):
        self.parent = parent
        self.children = []
        if depth:
            for _ in range(2):
                self.children.append(Tree(self, depth - 1))

def count(t):
    return 1 + sum(count(c) for c in t.children)

def main(n, depth):
    total = 0
    collected = 0
    for _ in range(n):
        t = Tree(None, depth)
        total += count(t)
        del t
        collected += gc.collect()
    print(total, "nodes built;", collected, "objects collected")

main(int(sys.argv[1]) if len(sys.argv) > 1 else 24, 13)
