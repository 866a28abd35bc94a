import time
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
tup = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
t(time.strftime, "%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %C %e %%", tup)
t(time.strftime, "%I %p %M %D %T %R %G %V %u", tup)
t(time.strftime, "", tup)
t(time.strftime, "plain text", tup)
t(time.strftime, "%Y", time.gmtime(0))
t(time.strftime, "%Y %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0))
for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, -1, 1, 0, 0, 0, 0, 1, 0)]:
    t(time.strftime, "%Y", bad)
t(time.strftime, "%Y", (2024, 1, 1, 0, 0, 61, 0, 1, 0))
t(time.strftime, 5)
t(time.strftime, "%Y", 5)
t(time.strftime, "%Y", (1, 2))
t(time.strftime, "%Y", (2024, "a", 1, 0, 0, 0, 0, 1, 0))
t(time.strftime, "%Y", (2024, 1.5, 1, 0, 0, 0, 0, 1, 0))
t(time.strftime, "%Y", (2**40, 1, 1, 0, 0, 0, 0, 1, 0))
t(time.strftime, "a\0b", tup)
t(time.strftime)
t(time.strftime, "%Y", tup, 1)
t(time.strftime, "%Y-%m", [2024, 1, 1, 0, 0, 0, 0, 1, 0])
t(time.strftime, "\u00e9 %Y \u20ac", tup)
print(type(time.strftime("%Y")).__name__)
