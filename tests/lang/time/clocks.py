import time
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    g = getattr(time, name + "_ns")
    a = f(); b = g(); c = f()
    print(name, type(a).__name__, type(b).__name__, a <= c, a >= 0, b > 0)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
m1 = time.monotonic_ns(); m2 = time.monotonic_ns()
print(m2 >= m1)
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(time.time, 1)
t(time.monotonic, 1)
t(time.perf_counter_ns, None)
