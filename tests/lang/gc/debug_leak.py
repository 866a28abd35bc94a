# DEBUG_LEAK = COLLECTABLE | UNCOLLECTABLE | SAVEALL: each unreachable object
# is reported on stderr and kept in gc.garbage.
import gc, sys
gc.disable()
gc.collect()
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
cap = Capture()
old = sys.stderr
sys.stderr = cap
gc.set_debug(gc.DEBUG_LEAK)
d = {}
d['me'] = d
del d
n = gc.collect()
gc.set_debug(0)
sys.stderr = old
print(n, len(gc.garbage), type(gc.garbage[0]).__name__)
for line in ''.join(cap.parts).splitlines():
    print(line.split(' 0x')[0])
gc.garbage.clear()
print(gc.collect())
