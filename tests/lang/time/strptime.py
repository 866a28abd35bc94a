# time.strptime goes through _strptime.py (which needs re/_sre); only the
# checks made before that import are tested here.
import time
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(time.strptime, "2024", format="%Y")
t(time.strptime, "2024", x=1)
print(time.strptime.__name__, time.strptime.__doc__.splitlines()[0])
