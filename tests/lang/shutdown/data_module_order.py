# an imported module's globals die when the module leaves sys.modules at
# exit, after __main__'s
import _shutdown_data
from _shutdown_obj import Obj
main_obj = Obj("main global")
print("end of script", _shutdown_data.loaded)
