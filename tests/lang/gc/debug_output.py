# DEBUG_STATS / DEBUG_COLLECTABLE messages on sys.stderr (addresses and
# timings are masked).
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
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE)
l = []
l.append(l)
del l
n = gc.collect()
gc.set_debug(0)
sys.stderr = old
print(n)
text = ''.join(cap.parts)
for line in text.splitlines():
    if '<list 0x' in line:
        line = line[:line.index('0x')] + 'ADDR>'
    if line.endswith('s elapsed'):
        line = line[:line.rindex(',')] + ', Ts elapsed'
    if line.startswith('gc: objects in each generation'):
        line = 'gc: objects in each generation: ...'
    print(line)
