import sys
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        self.data.append('<flush>')
cap = Capture()
old = sys.stdout
sys.stdout = cap
print('hello', 42)
print('a', 'b', sep='|', end='.', flush=True)
sys.stdout = old
print(cap.data)
sys.stdout = None
print('dropped')
sys.stdout = old
print('restored')
class NoWrite:
    pass
try:
    print('x', file=NoWrite())
except AttributeError as e:
    print('AttributeError', e)
class BadWrite:
    def write(self, s):
        raise RuntimeError('write failed: ' + s)
try:
    print('y', file=BadWrite())
except RuntimeError as e:
    print('RuntimeError', e)
print(*[1, 2], sep='\n')
print('tab\there', 'nul\x00byte')
