import _thread
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except BaseException as e:
        print(type(e).__name__, e)
i = _thread.get_ident()
print(type(i).__name__, i > 0, i == _thread.get_ident())
n = _thread.get_native_id()
print(type(n).__name__, n > 0)
print(_thread._count(), _thread.error is RuntimeError, _thread.TIMEOUT_MAX)
print(_thread.stack_size())
t(_thread.stack_size, 100)
t(_thread.stack_size, -1)
t(_thread.stack_size, "a")
t(_thread.stack_size, 1, 2)
t(_thread.stack_size, 0)
t(_thread.get_ident, 1)
t(_thread._count, 1)
t(_thread.exit)
t(_thread.exit_thread)
t(_thread.interrupt_main, 99999)
t(_thread.interrupt_main, 0)
t(_thread._set_sentinel, 1)
s = _thread._set_sentinel()
print(type(s) is _thread.LockType, s.locked())
for name in ["LockType", "RLock", "TIMEOUT_MAX", "_count", "_local", "_set_sentinel",
             "allocate", "allocate_lock", "error", "exit", "exit_thread", "get_ident",
             "get_native_id", "interrupt_main", "stack_size", "start_new", "start_new_thread",
             "_excepthook", "_ExceptHookArgs"]:
    print(name, hasattr(_thread, name))
