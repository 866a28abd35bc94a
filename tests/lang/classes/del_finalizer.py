class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

d = D("a")
del d
print("after a")
def f():
    x = D("local")
    return 1
f()
print("after f")
l = [D("in list")]
l.pop()
print("after pop")

print("end")
