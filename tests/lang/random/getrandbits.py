import random

r = random.Random(12345)
for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 128, 1000]:
    print(k, r.getrandbits(k))
for bad in [-1, "a", 1.5, None]:
    try:
        r.getrandbits(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(r.getrandbits(True))
print(r.randrange(2**100), r.randint(-2**70, 2**70))
