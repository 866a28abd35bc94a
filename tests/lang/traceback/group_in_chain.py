try:
    raise ExceptionGroup("inner group", [KeyError("a"), ValueError("b")])
except ExceptionGroup as eg:
    raise RuntimeError("wrapping") from eg
