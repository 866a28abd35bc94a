# atexit handlers run (last registered first) before any global dies
import atexit
from _shutdown_obj import Obj
keep = Obj("global")
def first():
    print("atexit first registered, global alive:", keep.name)
def second():
    print("atexit second registered")
atexit.register(first)
atexit.register(second)
atexit.register(print, "atexit with args", 1, sep="|")
print("end of script")
