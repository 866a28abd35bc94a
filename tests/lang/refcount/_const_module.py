# helper for getrefcount_constants: constants of an imported module
import sys
value = 123456
count_at_import = sys.getrefcount(value)
def in_function():
    return sys.getrefcount(654321)
