import atexit, sys
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.err_msg, args.object.__name__)
sys.unraisablehook = hook
def bad():
    raise KeyError("k")
atexit.register(bad)
print("registered")
