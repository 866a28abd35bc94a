# a __del__ running at exit can still use modules and builtins
from _shutdown_obj import Obj, UsesModules
holder = Obj("plain")
user = UsesModules("user")
after = Obj("after")
print("end of script")
