# a __del__ that resurrects its object at exit runs once and does not crash
from _shutdown_obj import Obj, Phoenix
p = Phoenix("phoenix")
other = Obj("other")
print("end of script")
