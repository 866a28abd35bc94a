# helper for data_module_order: a module holding objects, without functions
from _shutdown_obj import Obj
first = Obj("data first")
_under = Obj("data _under")
last = Obj("data last")
loaded = True
