def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


# Linux errno values: EAGAIN EALREADY EINPROGRESS ECHILD EPIPE ESHUTDOWN ECONNABORTED
# ECONNREFUSED ECONNRESET EEXIST ENOENT EISDIR ENOTDIR EINTR EACCES EPERM ESRCH ETIMEDOUT EINVAL
for code in [11, 114, 115, 10, 32, 108, 103, 111, 104, 17, 2, 21, 20, 4, 13, 1, 3, 110, 22, 9999]:
    print(code, type(OSError(code, 'msg')).__name__)
print(type(OSError(True, 'x')).__name__)
print(type(OSError(2.0, 'x')).__name__)
print(type(OSError(10**30, 'x')).__name__)
print(type(OSError(2)).__name__)
print(type(FileExistsError(2, 'x')).__name__)
class F(OSError):
    pass
print(type(F(2, 'x')).__name__, F(2, 'x').errno)
class G(OSError):
    def __init__(self, a, b, c):
        self.extra = (a, b, c)
g = G(1, 2, 3)
print(g.args, g.errno, g.extra)
print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TimeoutError, OSError))
