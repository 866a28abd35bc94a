# __del__ may resurrect its object; it then runs only once (PEP 442)
import sys
saved = []
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        saved.append(self)
c = C(1)
del c
print("resurrected", [o.n for o in saved], sys.getrefcount(saved[0]))
saved.clear()
print("dropped again without a second __del__")
class D:
    def __del__(self):
        print("D.__del__")
        global keep
        keep = self
D()
print("kept", type(keep).__name__)
keep = None
print("end")
