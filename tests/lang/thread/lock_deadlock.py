import _thread
l = _thread.allocate_lock()
l.acquire()
try:
    l.acquire()
except RuntimeError as e:
    print("RuntimeError", "deadlock" in str(e))
try:
    with l:
        pass
except RuntimeError as e:
    print("RuntimeError", "deadlock" in str(e))
print(l.locked())
print(l.acquire(timeout=0.01))
print(l.acquire(True, 0))
l.release()
print(l.acquire(timeout=5))
