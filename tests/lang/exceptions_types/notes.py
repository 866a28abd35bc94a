def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


e = ValueError('v')
check(lambda: hasattr(e, '__notes__'))
e.add_note('first')
e.add_note('second')
print(e.__notes__)
check(lambda: e.add_note(1))
check(lambda: e.add_note())
e.__notes__ = 5
check(lambda: e.add_note('x'))
e2 = KeyError()
e2.__notes__ = ['pre']
e2.add_note('post')
print(e2.__notes__)
