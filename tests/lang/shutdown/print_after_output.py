# output written without a newline is flushed before __del__ output at exit
from _shutdown_obj import Obj
import sys
keep = Obj("keeper")
sys.stdout.write("no newline yet")
