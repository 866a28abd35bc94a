def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


import sys
check(lambda: input(1, 2))
check(lambda: input('a', x=1))
