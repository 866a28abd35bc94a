# process ids, uname, umask, strerror, urandom, kill, times, cpu_count
import os

print(os.getpid() == os.getpid(), os.getppid() > 0)
print(os.geteuid() == os.getuid() or os.geteuid() == 0, os.getegid() >= 0)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, u.machine == u[4])
print(all(isinstance(x, str) for x in u))
old = os.umask(0o022)
print(os.umask(old) == 0o022)
print(os.strerror(2), os.strerror(13), os.strerror(0))
print(os.strerror(99999))
try:
    os.strerror("x")
except TypeError as e:
    print("TypeError", e)
b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)), b != os.urandom(16))
for bad in [-1, "3", 1.5]:
    try:
        os.urandom(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
os.kill(os.getpid(), 0)
try:
    os.kill(2**22 + 12345, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e)
try:
    os.kill(os.getpid(), 12345)
except OSError as e:
    print(type(e).__name__, e)
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user >= 0)
c = os.cpu_count()
print(type(c).__name__, c >= 1)
print(os.device_encoding(os.open(os.devnull, os.O_RDONLY)))
try:
    os.get_terminal_size(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)
print(os.waitstatus_to_exitcode(3 << 8), os.waitstatus_to_exitcode(9))
print(os.access(".", os.F_OK), os.access(".", os.R_OK | os.W_OK | os.X_OK))
print(os.access("no_such_process_file", os.F_OK), os.access(b".", os.F_OK))
print(os.access(".", os.F_OK, effective_ids=False, follow_symlinks=True))
try:
    os.access(".")
except TypeError as e:
    print("TypeError", e)
try:
    os.getpid(1)
except TypeError as e:
    print("TypeError", e)
