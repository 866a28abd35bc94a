# sys.getallocatedblocks(): an int > 0 that follows allocations and frees.
import sys

n = sys.getallocatedblocks()
print(type(n).__name__, n > 0)
before = sys.getallocatedblocks()
keep = [object() for _ in range(1000)]
after = sys.getallocatedblocks()
print("grew by at least 1000:", after - before >= 1000)
del keep
print("shrank by at least 900:", after - sys.getallocatedblocks() >= 900)
pairs = [(i, str(i)) for i in range(3000)]
print("tuples and strs count:", sys.getallocatedblocks() - before >= 3000)
del pairs
for args in [(None,), (1, 2)]:
    try:
        sys.getallocatedblocks(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(None,)]:
    try:
        sys._debugmallocstats(*args)
    except TypeError as e:
        print(type(e).__name__, e)
