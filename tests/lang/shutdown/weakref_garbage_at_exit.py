# when the weak references themselves are garbage (here: callbacks defined
# in __main__ put __main__'s dict in a cycle, so everything is collected
# together), their callbacks are not called; __del__ methods still run
import weakref
from _shutdown_obj import Obj
first = Obj("first")
second = Obj("second")
r1 = weakref.ref(first, lambda r: print("callback for first"))
r2 = weakref.ref(second, lambda r: print("callback for second"))
print("end of script")
