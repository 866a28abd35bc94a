# at exit, __main__'s globals die in dict order (containers release their
# items in their own order: lists and tuples from the end)
from _shutdown_obj import Obj
x = Obj("x1")
y = Obj("y")
x = Obj("x2")
items = [Obj("l0"), Obj("l1"), Obj("l2")]
alias = items[1]
_private = Obj("_private")
pair = (Obj("t0"), Obj("t1"))
table = {"a": Obj("d0"), "b": Obj("d1")}
print("end of script")
