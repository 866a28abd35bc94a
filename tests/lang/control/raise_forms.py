# raise / raise from / bare raise / exception classes vs instances.
def show(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(e.__cause__), e.__suppress_context__)

def r1(): raise ValueError
def r2(): raise ValueError('msg')
def r3(): raise KeyError('k') from ValueError('cause')
def r4(): raise KeyError('k') from None
def r5(): raise TypeError from IndexError
def r6():
    try:
        raise ValueError('a')
    except ValueError:
        raise
def r7(): raise 5
def r8(): raise ValueError from 5
for fn in (r1, r2, r3, r4, r5, r6, r7, r8):
    show(fn)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
