# __del__ runs the moment the last name goes: del, rebinding, None
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
a = C(1)
print("before del")
del a
print("after del")
b = C(2)
b = C(3)
print("after rebinding")
c = C(4)
d = c
del c
print("one name left")
d = None
print("after None")
e = C(5)
e, f = C(6), e
print("after swap", f.n)
del f
print("end")
e = None
g = C(7)
globals().pop("g")
print("popped from globals")
h = C(8)
exec("del h")
print("exec del")
