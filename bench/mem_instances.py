# mem-instances: build and hold 1 million instances with two attributes each;
# the peak RSS column shows the memory an instance costs.
import sys

class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

def main(n):
    held = [Pair(i, -i) for i in range(n)]
    s = 0
    for p in held:
        s += p.a - p.b
    print(len(held), s)

main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
