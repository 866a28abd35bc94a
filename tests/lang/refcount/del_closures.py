# cells keep values alive while a closure needs them; rebinding a cell frees
# the old value at once
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def make():
    v = C("cell 1")
    def get():
        return v.n
    def rebind():
        nonlocal v
        v = C("cell 2")
    return get, rebind
get, rebind = make()
print(get())
rebind()
print(get())
del rebind
print("one closure left")
del get
print("closures gone")
def default_holder(d=C("default")):
    return d.n
print(default_holder())
del default_holder
print("function gone")
class K:
    attr = C("class attr")
    def method(self):
        return self.attr.n
print(K().method())
K.attr = C("new class attr")
print("replaced")
del K
import gc
gc.collect()
print("class gone")
