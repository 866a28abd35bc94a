# after an uncaught exception's traceback, objects are still finalized
from _shutdown_obj import Obj
g = Obj("global")
def fail():
    local = Obj("frame local")
    raise RuntimeError("uncaught")
print("before")
fail()
