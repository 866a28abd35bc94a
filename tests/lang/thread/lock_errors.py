import _thread
l = _thread.allocate_lock()
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
    if l.locked():
        l.release()
t(l.acquire, 1, 2)
t(l.acquire, blocking=False, timeout=1)
t(l.acquire, timeout=-2)
t(l.acquire, timeout=-0.5)
t(l.acquire, False, -1)
t(l.acquire, timeout=1e30)
t(l.acquire, timeout=2**70)
t(l.acquire, timeout="x")
t(l.acquire, "x")
t(l.acquire, None)
t(l.acquire, 1.5)
t(l.acquire, 1, 2, 3)
t(l.acquire, foo=1)
t(l.acquire, timeout=float("nan"))
t(l.locked, 1)
t(l.release, 1)
try:
    class X(_thread.LockType):
        pass
except TypeError as e:
    print(type(e).__name__, e)
t(_thread.LockType)
t(_thread.allocate_lock, 1)
