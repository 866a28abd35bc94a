# mem-churn: create and drop 10 million small objects (tuples, ints, instances);
# exercises the allocator's free/reuse paths and instance creation.
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def main(n):
    total = 0
    big = 1 << 40
    for i in range(n):
        t = (i, i + 1)            # a tuple
        v = big + i               # an int outside the small-int cache
        p = Point(i, v)           # an instance with two attributes
        total += t[1] - p.x + (v - p.y)
    print(total, 3 * n, "objects created and dropped")

main(int(sys.argv[1]) if len(sys.argv) > 1 else 3_300_000)
