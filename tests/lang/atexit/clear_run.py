import atexit
atexit.register(print, "cleared, never printed")
atexit._clear()
atexit.register(print, "run explicitly")
atexit._run_exitfuncs()
atexit.register(print, "at exit")
print(atexit.unregister(len), atexit.register(len, []) is len)
try:
    atexit.register()
except TypeError as e:
    print(type(e).__name__, e)
