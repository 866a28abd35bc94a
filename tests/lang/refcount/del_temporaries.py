# temporaries die at the end of the operation that consumes them, left
# operand first (binary operators, comparisons, subscripts, `in`)
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __add__(self, o):
        return C(self.n + "+" + o.n)
    def __lt__(self, o):
        return True
    def __getitem__(self, k):
        return "item"
    def __contains__(self, k):
        return True
    def __hash__(self):
        return 1
    def m(self):
        return self.n
print("-- binary operator")
r = C("a") + C("b")
print("statement done")
del r
print("-- chained comparison")
print(C("x") < C("y") < C("z"))
print("-- subscript")
print(C("container")[C("key")])
print("-- in")
print(C("needle") in C("haystack"))
print("-- method on a temporary")
print(C("t").m())
print("-- f-string")
print(f"{C('f').n} {C('g').n}")
print("-- call arguments")
def two(a, b):
    return a.n + b.n
print(two(C("arg1"), C("arg2")))
print("-- for over map")
for i in map(C, ["m0", "m1"]):
    print("body", i.n)
print("after loop")
del i
print("-- comprehension")
print([C(str(k)).n for k in range(2)])
print("-- conditional expression")
print((C("yes") if C("cond") else C("no")).n)
print("-- augmented assignment")
acc = C("acc")
acc += C("inc")
print("aug done")
del acc
print("-- tuple swap")
p, q = C("p"), C("q")
p, q = q, p
del p
print("deleted p")
del q
print("-- end")
