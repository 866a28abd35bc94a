import time
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(time.asctime, (2024, 1, 1, 0, 0, 0, 0, 1, 0))
t(time.asctime, (2024, 12, 31, 23, 59, 59, 6, 366, 0))
t(time.asctime, (2024, 0, 0, 0, 0, 0, -1, 0, 0))
t(time.asctime, (-5, 1, 1, 0, 0, 0, 0, 1, 0))
t(time.asctime, (12345, 1, 1, 0, 0, 0, 0, 1, 0))
t(time.asctime, time.gmtime(0))
t(time.asctime, time.gmtime(1709211909))
t(time.asctime, (2024, 13, 1, 0, 0, 0, 0, 1, 0))
t(time.asctime, 5)
t(time.asctime, (1, 2))
t(time.asctime, (2024, 1, 1, 0, 0, 0, 0, 1, 0, 5))
t(time.asctime, (2024, 1, 1, 0, 0, 0, 0, 1, 0), 1)
print(type(time.asctime()).__name__, len(time.asctime()) >= 24)
print(type(time.ctime()).__name__, len(time.ctime(0)))
t(time.ctime, 1e20)
t(time.ctime, "x")
t(time.ctime, float("nan"))
t(time.ctime, 1, 2)
