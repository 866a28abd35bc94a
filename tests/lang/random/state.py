import random

import _random
r = random.Random(7)
s = r.getstate()
print(s[0], len(s[1]), s[1][-1], s[1][:3], s[2])
a = [r.random() for _ in range(700)]
r.setstate(s)
print(a == [r.random() for _ in range(700)])
b = _random.Random(99)
st = b.getstate()
print(len(st), st[-1], st[:3])
x = [b.getrandbits(32) for _ in range(5)]
b.setstate(st)
print(x == [b.getrandbits(32) for _ in range(5)])
bad_states = [5, [1] * 625, (1,) * 624, (1,) * 624 + (625,), (1,) * 624 + (-1,),
              ("a",) * 625, (-1,) * 625, (2**40,) * 624 + (3,), (1,) * 624 + (624,), (0,) * 625]
for st2 in bad_states:
    try:
        b.setstate(st2)
        print("ok", b.random())
    except Exception as e:
        print(type(e).__name__, e)
for v in [None, (1, 2, 3), (2, (1,) * 625, None)]:
    try:
        r.setstate(v)
    except Exception as e:
        print(type(e).__name__, e)
