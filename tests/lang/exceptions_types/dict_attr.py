def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


e = ValueError()
print(e.__dict__)
e.x = 1
print(e.__dict__)
check(lambda: setattr(e, '__dict__', 1))
check(lambda: delattr(e, '__dict__'))
e.__dict__ = {'y': 2}
print(e.y)
