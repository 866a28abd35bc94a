# Arguments converted as CPython's "i" format (a C int): __index__, then
# OverflowError with the messages of PyLong_AsLong and of the int range check.
import _thread
import gc
import io
import os
import time


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


cases = [
    ("gc.set_threshold", lambda v: gc.set_threshold(v)),
    ("os.kill", lambda v: os.kill(v, 0)),
    ("os.waitpid", lambda v: os.waitpid(v, 0)),
    ("time.clock_gettime", lambda v: time.clock_gettime(v)),
    ("time.mktime", lambda v: time.mktime((v, 1, 1, 0, 0, 0, 0, 1, -1))),
    ("lock.acquire", lambda v: _thread.allocate_lock().acquire(v, -1)),
]
old = gc.get_threshold()
for name, f in cases:
    for v in (2**31, -2**31 - 1, 2**63, -2**70, 1.5, "3", Idx(2**40)):
        try:
            f(v)
            print(name, repr(v), "ok")
        except Exception as e:
            print(name, type(v).__name__, type(e).__name__, e)
gc.set_threshold(*old)

# FileIO: an int outside a C int is taken for a path (and refused)
for v in (-1, -2**40, 2**40, 2**70):
    try:
        io.FileIO(v, closefd=False)
    except Exception as e:
        print("FileIO", v, type(e).__name__, e)
