import random

import _random
for sd in [0, 1, -1, 42, -42, 2**32 - 1, 2**32, 2**64 + 5, -(2**200), 3**500, True,
           "hello", "", "héllo wörld", b"bytes", b"", bytearray(b"abc")]:
    random.seed(sd)
    print(repr(sd)[:30], random.random(), random.getrandbits(40))
for sd in ["abc", b"abc"]:
    random.seed(sd, version=1)
    print("v1", random.random())
r = random.Random(5)
r.seed(10)
print(r.random())
for sd in [1.5, -2.25, (1, 2), 0.0]:
    r2 = _random.Random(sd)
    print("hash", repr(sd), r2.random())
try:
    random.seed([1, 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    random.seed(1.5)
except Exception as e:
    print(type(e).__name__, e)
random.seed(None)
print(0 <= random.random() < 1)
