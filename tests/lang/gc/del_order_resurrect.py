# A __del__ that touches other members of the cycle sees them intact.
import gc
gc.disable()
gc.collect()
out = []
class A:
    def __del__(self):
        out.append((self.name, self.peer.name, type(self.peer.peer).__name__))
a = A()
b = A()
a.name, b.name = 'a', 'b'
a.peer, b.peer = b, a
del a, b
print(gc.collect())
print(sorted(out))
