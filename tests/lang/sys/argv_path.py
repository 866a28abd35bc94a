import sys
print(sys.argv)
print(sys.path[0].endswith('/tests/lang/sys'), sys.path[0].startswith('/'))
print('/usr/lib/python3.11' in sys.path)
print(sys.orig_argv[-1] == sys.argv[-1])
