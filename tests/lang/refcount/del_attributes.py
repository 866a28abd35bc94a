# attributes die with their owner, in insertion order; delattr and overwrite
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Holder:
    pass
h = Holder()
h.a = C("a")
h.b = C("b")
h.c = C("c")
print("overwrite b")
h.b = C("b2")
print("delattr a")
del h.a
print("holder dies")
del h
print("slots")
class S:
    __slots__ = ("x", "y")
s = S()
s.x = C("x")
s.y = C("y")
del s
print("chain")
class Node:
    def __init__(self, n, nxt=None):
        self.n = n
        self.nxt = nxt
    def __del__(self):
        print("del node", self.n)
head = Node(1, Node(2, Node(3)))
del head
print("class attribute")
class K:
    attr = C("class attr")
K.attr = None
print("end")
