# threading on top of _thread, without starting threads.
import threading
print(threading.current_thread().name, threading.active_count(), threading.main_thread() is threading.current_thread())
print(threading.get_ident() == threading.main_thread().ident, threading.TIMEOUT_MAX)
l = threading.Lock(); r = threading.RLock()
print(type(l).__name__, type(r).__name__, l.acquire(), l.acquire(False), r.acquire(), r.acquire())
l.release(); r.release(); r.release()
c = threading.Condition()
with c:
    print(c.wait(0.01), c.wait_for(lambda: True))
    c.notify_all()
e = threading.Event()
print(e.wait(0.01), e.is_set())
e.set()
print(e.wait(), e.is_set())
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(timeout=0.01))
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as ex:
    print("ValueError", ex)
loc = threading.local()
loc.x = 1
print(loc.x, type(loc).__name__)
t = threading.Thread(target=print, args=("hi",), name="worker")
print(t.name, t.is_alive(), t.daemon, t.ident)
try:
    t.join()
except RuntimeError as ex:
    print("RuntimeError", ex)
tm = threading.Timer(1.0, print)
print(type(tm).__name__, tm.interval)
print(len(threading.enumerate()), threading.enumerate()[0].name)
