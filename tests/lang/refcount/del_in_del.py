# objects released by a __del__ die inside it, depth first
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("enter del", self.name)
        self.child = None
        print("leave del", self.name)
tree = Node("root", Node("mid", Node("leaf")))
del tree
print("-- list of nodes")
nodes = [Node("a", Node("a.child")), Node("b")]
nodes = None
print("-- end")
