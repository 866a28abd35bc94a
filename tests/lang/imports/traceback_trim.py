# Tracebacks through imports lose importlib's frames as in CPython.
import traceback
for name in ("_tb.div", "_tb.nested", "_tb.chain", "_tb.div"):
    try:
        __import__(name)
    except Exception:
        print(traceback.format_exc())
import _tb.nested
