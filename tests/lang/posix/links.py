# symlink / readlink / lstat / chmod / follow_symlinks
import os
import stat

D = "_tmp_posix_links"

def cleanup():
    if os.path.lexists(D):
        for n in os.listdir(D):
            os.unlink(os.path.join(D, n))
        os.rmdir(D)

cleanup()
os.mkdir(D)
target = os.path.join(D, "target")
fd = os.open(target, os.O_CREAT | os.O_WRONLY, 0o600)
os.close(fd)
link = os.path.join(D, "link")
os.symlink("target", link)
print(os.readlink(link), os.path.islink(link), os.path.isfile(link))
print(stat.S_ISLNK(os.lstat(link).st_mode), stat.S_ISLNK(os.stat(link).st_mode))
print(stat.S_ISLNK(os.stat(link, follow_symlinks=False).st_mode))
print(os.stat(link).st_ino == os.stat(target).st_ino)
try:
    os.symlink("target", link)
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    os.readlink(target)
except OSError as e:
    print(type(e).__name__, e)
os.chmod(target, 0o640)
print(oct(stat.S_IMODE(os.stat(target).st_mode)))
os.chmod(target, 0o600)
print(oct(stat.S_IMODE(os.stat(target).st_mode)))
try:
    os.chmod(os.path.join(D, "nope"), 0o600)
except FileNotFoundError as e:
    print(type(e).__name__, e)
os.unlink(link)
print(os.path.lexists(link), os.path.exists(target))
print(os.path.realpath(link) == os.path.realpath(os.path.join(D, "link")))
cleanup()
print(os.path.exists(D))
