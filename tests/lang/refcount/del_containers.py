# destruction order when containers drop their items
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
lst = [C("l1"), C("l2"), C("l3")]
print("pop")
lst.pop()
print("del item")
del lst[0]
print("list dies")
lst = None
print("list dealloc order")
lst = [C("a"), C("b"), C("c")]
del lst
print("tuple dealloc order")
t = (C("t1"), C("t2"), C("t3"))
del t
print("dict dealloc order")
d = {1: C("d1"), 2: C("d2"), 3: C("d3")}
del d
print("dict replace")
d = {"k": C("old")}
d["k"] = C("new")
print("dict clear")
d.clear()
print("list clear order")
lst = [C("c1"), C("c2"), C("c3")]
lst.clear()
print("slice assignment")
lst = [C("s1"), C("s2"), C("s3")]
lst[0:2] = [1]
print("set discard")
s = {C("only")}
s.pop()
print("nested")
n = [[C("inner1")], (C("inner2"),), {"x": C("inner3")}]
del n
print("end")
