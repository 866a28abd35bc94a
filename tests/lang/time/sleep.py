import time
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
a = time.monotonic()
t(time.sleep, 0.02)
b = time.monotonic()
print(b - a >= 0.019)
t(time.sleep, 0)
t(time.sleep, 0.0)
t(time.sleep, -0.0)
t(time.sleep, True)
t(time.sleep, -1)
t(time.sleep, -0.001)
t(time.sleep, "x")
t(time.sleep, None)
t(time.sleep, float("nan"))
t(time.sleep, 2**70)
t(time.sleep, 1e300)
t(time.sleep)
t(time.sleep, 0, 1)
t(time.sleep, secs=1)
