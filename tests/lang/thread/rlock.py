import _thread
r = _thread.RLock()
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
t(r._is_owned)
print(r.acquire(), r.acquire(), r.acquire(False), r.acquire(timeout=1))
t(r._is_owned)
print(repr(r).startswith("<locked _thread.RLock object owner=%d count=4 at" % _thread.get_ident()))
state = r._release_save()
print(state == (4, _thread.get_ident()))
t(r._is_owned)
t(r._release_save)
t(r.release)
r._acquire_restore(state)
t(r._is_owned)
for i in range(4):
    t(r.release)
t(r.release)
t(r._acquire_restore, 5)
t(r._acquire_restore, (1, 2, 3))
t(r._acquire_restore, None)
t(r.acquire, 1, 2, 3)
t(r.acquire, blocking=False, timeout=1)
t(r.acquire, timeout=-3)
with r:
    with r:
        t(r._is_owned)
t(r._is_owned)
print(type(_thread.RLock(1, 2, x=3)).__name__)
class R(_thread.RLock):
    pass
x = R()
print(repr(x).startswith("<unlocked R object owner=0 count=0 at 0x"))
print(x.acquire(), x._is_owned(), isinstance(x, _thread.RLock))
r.acquire()
r._at_fork_reinit()
t(r._is_owned)
