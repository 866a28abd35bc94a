# unreachable cycles left at exit are collected (their __del__ runs) before
# modules are torn down
from _shutdown_obj import Obj
a = Obj("cycle a")
a.self = a
a = None
print("end of script")
