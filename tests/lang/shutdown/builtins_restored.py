# at exit, builtins get back their start-up names: names added later (open,
# exit, help ... and the program's own) are gone when a __del__ runs late
import builtins
from _shutdown_obj import Obj
builtins.added_by_program = Obj("in builtins")
class Late:
    def __del__(self):
        for name in ["open", "exit", "help", "print", "len", "added_by_program", "_"]:
            try:
                eval(name)
                print(name, "present")
            except NameError:
                print(name, "gone")
late = Late()
print("end of script")
