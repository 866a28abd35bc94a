# stat / lstat / fstat on files and directories made for the test
import os
import stat

D = "_tmp_posix_stat"

def cleanup():
    if os.path.isdir(D):
        for n in os.listdir(D):
            os.unlink(os.path.join(D, n))
        os.rmdir(D)

cleanup()
os.mkdir(D)
f = os.path.join(D, "file.txt")
fd = os.open(f, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello world"))
os.close(fd)

st = os.stat(f)
print(type(st).__name__, len(st), st.st_size, st[6], st[stat.ST_SIZE])
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_IMODE(st.st_mode) & 0o600)
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(st.st_mtime_ns // 10**9 == st[8] == int(st.st_mtime))
print(abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-3)
print(type(st.st_ino).__name__, type(st.st_dev).__name__, st.st_nlink, st.st_uid == os.getuid())
print(st.st_blksize > 0, st.st_blocks >= 0, type(st.st_rdev).__name__)
print(st == os.stat(f.encode()), st.st_ino == os.lstat(f).st_ino)
print(st == tuple(st), isinstance(st, tuple))
print(repr(st).startswith("os.stat_result(st_mode="), "st_atime=" in repr(st))
print(repr(st).count("="))

dst = os.stat(D)
print(stat.S_ISDIR(dst.st_mode), stat.S_ISREG(dst.st_mode))
print(os.stat(D, follow_symlinks=True).st_ino == dst.st_ino)
print(os.stat(D, dir_fd=None).st_mode == dst.st_mode)

fd = os.open(f, os.O_RDONLY)
fst = os.fstat(fd)
print(fst.st_size, fst.st_ino == st.st_ino, os.stat(fd).st_size)
os.close(fd)

for bad in ["no_such", D + "/nope/x"]:
    try:
        os.stat(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    os.stat(f + "/x")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.fstat(9999)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.stat(9999)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.stat()
except TypeError as e:
    print(e)
try:
    os.lstat(f, follow_symlinks=False)
except TypeError as e:
    print(e)
r = os.stat_result(range(10))
print(r.st_mode, r[9], r.st_atime, r.st_blksize)
cleanup()
print(os.path.exists(D))
