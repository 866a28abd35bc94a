# A held lock acquired with a timeout waits it out and fails; acquiring it
# forever is a krait RuntimeError (tests/unit/test_thread.c), a hang in CPython.
import _thread
l = _thread.allocate_lock()
l.acquire()
print(l.locked())
print(l.acquire(timeout=0.01))
print(l.acquire(True, 0))
print(l.acquire(1, 0.005))
with_timeout = l.__enter__
print(with_timeout(timeout=0.001))
l.release()
print(l.acquire(timeout=5))
print(l.acquire(blocking=True, timeout=-1) if not l.locked() else "held")
