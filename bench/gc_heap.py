# gc-heap: full collections over a heap of about 1 million tracked objects
# (lists, dicts, instances) that are all reachable: the cost of traversal.
import gc
import sys

class Node:
    def __init__(self, i):
        self.i = i
        self.items = [i]

def main(n, rounds):
    heap = [Node(i) for i in range(n // 2)]
    gc.collect()
    found = 0
    for _ in range(rounds):
        found += gc.collect()
    print(len(heap), "nodes,", found, "unreachable found over", rounds, "collections")

main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000, 3)
