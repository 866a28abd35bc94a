# one object of a class defined in __main__ is finalized at exit, while the
# module's globals are still usable
import sys
class C:
    def __del__(self):
        print("C.__del__ at exit; helper ->", helper(), sys.maxsize > 0)
def helper():
    return "helper works"
obj = C()
print("end of script")
