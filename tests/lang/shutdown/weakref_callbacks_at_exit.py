# weak reference callbacks fire at exit when the referents held by
# __main__'s globals die (after their __del__), in the globals' order
import weakref
from _shutdown_obj import Obj, report_death
first = Obj("first")
second = Obj("second")
r1 = weakref.ref(first, report_death)
r2 = weakref.ref(second, report_death)
print("end of script")
