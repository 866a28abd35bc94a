import _thread
A = _thread._ExceptHookArgs
print(A.__name__, A.__module__, A.n_fields, A.n_sequence_fields)
a = A((ValueError, None, None, None))
print(a.exc_type.__name__, a.exc_value, a.thread, len(a))
try:
    _thread._excepthook(5)
except TypeError as e:
    print(type(e).__name__, e)
print(_thread._excepthook(A((SystemExit, SystemExit(), None, None))))
