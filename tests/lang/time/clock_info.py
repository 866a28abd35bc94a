import time
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    i = time.get_clock_info(name)
    print(name, type(i).__name__, i.implementation, i.monotonic, i.adjustable, i.resolution > 0)
t(time.get_clock_info, "x")
t(time.get_clock_info, 1)
t(time.get_clock_info)
for c in ["CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_PROCESS_CPUTIME_ID",
          "CLOCK_THREAD_CPUTIME_ID", "CLOCK_BOOTTIME", "CLOCK_TAI"]:
    print(c, getattr(time, c))
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__)
print(type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(time.clock_getres(time.CLOCK_MONOTONIC))
a = time.clock_gettime_ns(time.CLOCK_MONOTONIC); b = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
print(b >= a)
t(time.clock_gettime, 9999)
t(time.clock_getres, 9999)
t(time.clock_gettime, "a")
t(time.clock_gettime, 2**40)
t(time.clock_gettime)
t(time.clock_settime, time.CLOCK_MONOTONIC)
t(time.clock_settime, time.CLOCK_MONOTONIC, 0)
print(type(time.pthread_getcpuclockid(__import__("_thread").get_ident())).__name__)
