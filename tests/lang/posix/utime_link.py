# utime / link / truncate / wait-status helpers
import os

D = "_tmp_posix_utime"

def cleanup():
    if os.path.isdir(D):
        for n in os.listdir(D):
            os.unlink(os.path.join(D, n))
        os.rmdir(D)

cleanup()
os.mkdir(D)
f = os.path.join(D, "f")
fd = os.open(f, os.O_CREAT | os.O_WRONLY, 0o644)
os.write(fd, b"0123456789")
os.close(fd)

def show(**kw):
    try:
        os.utime(f, **kw)
        st = os.stat(f)
        print("ok", st.st_atime_ns, st.st_mtime_ns, st.st_atime, st.st_mtime, st[7], st[8])
    except Exception as e:
        print(type(e).__name__, e)

show(times=(1, 2))
show(times=(1.5, 2.25))
show(times=(-1.5, 1))
show(ns=(10**9 + 5, 3 * 10**9))
show(ns=(1, 2), times=(1, 2))
show(times=(1,))
show(times=[1, 2])
show(ns=(1.5, 2))
show(ns=[1, 2])
show(times=("a", 2))
show(times=(float("nan"), 1))
show(times=(1e300, 1))
os.utime(f, (100, 200), follow_symlinks=True)
print(os.stat(f).st_mtime_ns)
os.utime(f, None)
print(os.stat(f).st_mtime > 200)
try:
    os.utime(os.path.join(D, "nope"))
except FileNotFoundError as e:
    print(type(e).__name__, e)

os.truncate(f, 4)
print(os.stat(f).st_size)
fd = os.open(f, os.O_RDWR)
os.truncate(fd, 2)
print(os.fstat(fd).st_size)
os.close(fd)
for args in [(f, -1), (os.path.join(D, "nope"), 1)]:
    try:
        os.truncate(*args)
    except OSError as e:
        print(type(e).__name__, e)

g = os.path.join(D, "g")
os.link(f, g)
print(os.stat(f).st_nlink, os.stat(g).st_ino == os.stat(f).st_ino)
for args in [(f, g), (os.path.join(D, "nope"), os.path.join(D, "q"))]:
    try:
        os.link(*args)
    except OSError as e:
        print(type(e).__name__, e)

print(os.WIFEXITED(0), os.WEXITSTATUS(3 << 8), os.WIFSIGNALED(9), os.WTERMSIG(9))
print(os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WCOREDUMP(0x80 | 6), os.WIFCONTINUED(0xffff))
print(os.WIFEXITED(status=256), os.WIFSIGNALED(0))
for bad in ["x", 1.5]:
    try:
        os.WIFEXITED(bad)
    except TypeError as e:
        print("TypeError", e)
print(os.truncate in os.supports_fd, os.utime in os.supports_fd, os.link in os.supports_dir_fd)
print(os.utime in os.supports_follow_symlinks)
cleanup()
print(os.path.exists(D))
