# os.scandir and DirEntry
import os
import stat

D = "_tmp_posix_scandir"

def cleanup():
    if os.path.isdir(D):
        for e in os.scandir(D):
            if e.is_dir(follow_symlinks=False):
                os.rmdir(e.path)
            else:
                os.unlink(e.path)
        os.rmdir(D)

cleanup()
os.mkdir(D)
os.mkdir(os.path.join(D, "sub"))
fd = os.open(os.path.join(D, "file"), os.O_CREAT | os.O_WRONLY, 0o644)
os.write(fd, b"12345")
os.close(fd)
os.symlink("file", os.path.join(D, "link"))
os.symlink("nowhere", os.path.join(D, "dangling"))

with os.scandir(D) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
    print("  ", os.fspath(e), e.inode() == os.lstat(e.path).st_ino,
          e.stat(follow_symlinks=False).st_ino == os.lstat(e.path).st_ino)
f = [e for e in entries if e.name == "file"][0]
print(f.stat().st_size, stat.S_ISREG(f.stat().st_mode))
l = [e for e in entries if e.name == "link"][0]
print(l.stat().st_size, stat.S_ISLNK(l.stat(follow_symlinks=False).st_mode))
d = [e for e in entries if e.name == "dangling"][0]
try:
    d.stat()
except FileNotFoundError as e:
    print(type(e).__name__, e)
print(os.path.join(D, "x") == os.path.join(D, "x"), os.readlink(l.path), os.readlink(l.path.encode()))

names = sorted(e.name for e in os.scandir(D.encode()))
print(names)
print(sorted(e.path for e in os.scandir(D + "/")))
here = os.getcwd()
os.chdir(D)
print(sorted(e.path for e in os.scandir()))
print(sorted(e.path for e in os.scandir(None)))
os.chdir(here)
it = os.scandir(D)
print(type(it).__name__, iter(it) is it)
next(it)
it.close()
print(list(it))
it.close()
try:
    os.scandir(os.path.join(D, "missing"))
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    os.DirEntry()
except TypeError as e:
    print("TypeError", e)
try:
    f.is_dir(True)
except TypeError as e:
    print("TypeError", e)
print(isinstance(f, os.PathLike), os.path.join(f, "q") == f.path + "/q")
cleanup()
print(os.path.exists(D))
