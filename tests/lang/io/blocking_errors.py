# BlockingIOError from buffered writers (errno as CPython reports it), and EPIPE
# raised as BrokenPipeError (SIGPIPE is ignored, as CPython does at start-up)
import io, os
class Raw(io.RawIOBase):
    def writable(self): return True
    def write(self, b): return None      # would block
f = io.BufferedWriter(Raw(), buffer_size=8)
try:
    f.write(b"0123456789abcdef")
except BlockingIOError as e:
    print(type(e).__name__, e.args, e.characters_written)
try:
    f.flush()
except BlockingIOError as e:
    print(type(e).__name__, e.args, e.characters_written)
# a real non-blocking pipe: the fd's EAGAIN
r, w = os.pipe()
os.set_blocking(w, False)
g = open(w, "wb", buffering=16)
try:
    for i in range(100000):
        g.write(b"x" * 1000)
except BlockingIOError as e:
    print(type(e).__name__, e.errno == 11, e.strerror)
os.close(r)
try:
    g.close()
except OSError as e:
    print(type(e).__name__, e.errno)
