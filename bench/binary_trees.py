# binary-trees: allocation and deallocation of many small tuples, recursion.
import sys

def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))

def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)

def main(n):
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, check(make_tree(stretch))))
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, stretch, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check(make_tree(depth))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, total))
    print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))

main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
