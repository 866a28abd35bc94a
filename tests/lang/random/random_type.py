import random

import _random
R = _random.Random
print(R.__name__, R.__module__, issubclass(random.Random, R))
for a, k in [((1, 2), {}), ((), {"x": 1}), ((1.5,), {}), (("ab",), {}), ((0,), {})]:
    try:
        r = R(*a, **k)
        print("ok", r.random())
    except Exception as e:
        print(type(e).__name__, e)
r = R(5)
try:
    r.seed(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(r.seed(3), r.random())
class S(R):
    def __init__(self, a, b):
        self.total = a + b
s = S(1, 2)
print(s.total, s.random())
s.seed(8)
print(s.random())
class T(R):
    pass
print(T(8).random())
try:
    T(1, x=2)
except Exception as e:
    print(type(e).__name__, e)
class MyRandom(random.Random):
    def __init__(self, x):
        super().__init__(x * 2)
m = MyRandom(21)
print(m.random() == random.Random(42).random())
print(random.Random(42).random())
