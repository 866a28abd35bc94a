# exceptions raised by __del__ at exit go to sys.unraisablehook; the exit
# status stays 0 and later objects are still finalized
import sys
from _shutdown_obj import Obj, Bad, hook
sys.unraisablehook = hook
first = Obj("first")
bad = Bad("bad")
last = Obj("last")
print("end of script")
