import sys
sys.breakpointhook = lambda *a, **k: ("hook", a, k)
print(breakpoint(1, x=2))
sys.breakpointhook = 5
try:
    breakpoint()
except TypeError as e:
    print(e)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
