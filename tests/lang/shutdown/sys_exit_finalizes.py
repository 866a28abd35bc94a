# sys.exit() still runs atexit handlers and finalizes globals
import atexit
import sys
from _shutdown_obj import Obj
g = Obj("global")
atexit.register(lambda: print("atexit"))
def work():
    local = Obj("local")
    sys.exit(3)
try:
    work()
finally:
    print("finally")
print("not reached")
