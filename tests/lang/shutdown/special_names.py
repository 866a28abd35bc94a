# at exit, before __main__'s globals die, sys.argv/path/meta_path become None
# and sys.stdout is reset to sys.__stdout__
import sys
from _shutdown_obj import ShowsSys
class Upper:
    def write(self, s):
        return sys.__stdout__.write(s.upper())
    def flush(self):
        pass
sys.stdout = Upper()
print("printed through the replacement")
watcher = ShowsSys("watcher")
