# fd-level I/O: open/read/write/lseek/close/isatty/dup/pipe
import os

D = "_tmp_posix_fdio"

def cleanup():
    if os.path.isdir(D):
        for n in os.listdir(D):
            os.unlink(os.path.join(D, n))
        os.rmdir(D)

cleanup()
os.mkdir(D)
p = os.path.join(D, "data.bin")
fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
print(type(fd).__name__, fd > 2, os.get_inheritable(fd))
print(os.write(fd, b"abcdef"), os.write(fd, bytearray(b"ghi")), os.write(fd, memoryview(b"jk")))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_SET))
print(os.read(fd, 4), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -3, os.SEEK_END), os.read(fd, 2))
os.ftruncate(fd, 3)
os.lseek(fd, 0, 0)
print(os.read(fd, 10), os.fstat(fd).st_size)
print(os.isatty(fd))
fd2 = os.dup(fd)
print(fd2 != fd, os.get_inheritable(fd2))
os.lseek(fd2, 1, 0)
print(os.read(fd, 5))
os.close(fd2)
os.close(fd)
try:
    os.open(p, os.O_RDWR | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    os.open(os.path.join(D, "missing"), os.O_RDONLY)
except FileNotFoundError as e:
    print(type(e).__name__, e)
fd = os.open(p, os.O_WRONLY | os.O_APPEND)
os.write(fd, b"XYZ")
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 100))
try:
    os.write(fd, b"no")
except OSError as e:
    print(type(e).__name__, e.errno, e)
os.close(fd)
for f, args in [(os.close, [fd]), (os.read, [fd, 1]), (os.write, [fd, b"x"]),
                (os.lseek, [fd, 0, 0]), (os.fstat, [fd])]:
    try:
        f(*args)
    except OSError as e:
        print(f.__name__, type(e).__name__, e)
print(os.isatty(fd))
for f, args in [(os.close, ["x"]), (os.read, [0, "1"]), (os.write, [1, "str"]),
                (os.read, [0]), (os.lseek, [0, 1.5, 0]), (os.isatty, [None])]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, "TypeError", e)
try:
    os.read(0, -1)
except OSError as e:
    print(type(e).__name__, e)
r, w = os.pipe()
print(os.write(w, b"through the pipe"), os.read(r, 7), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
os.unlink(p)
try:
    os.unlink(p)
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    os.remove(p)
except FileNotFoundError as e:
    print(type(e).__name__, e)
cleanup()
print(os.path.exists(D))
