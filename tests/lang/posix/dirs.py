# mkdir / rmdir / listdir / rename / replace / chdir / getcwd
import os

D = "_tmp_posix_dirs"

def cleanup():
    if os.path.isdir(D):
        for root, dirs, files in os.walk(D, topdown=False):
            for n in files:
                os.unlink(os.path.join(root, n))
            for n in dirs:
                os.rmdir(os.path.join(root, n))
        os.rmdir(D)

cleanup()
os.mkdir(D)
print(os.listdir(D))
for n in ["b", "a", "c"]:
    os.mkdir(os.path.join(D, n))
open_fd = os.open(os.path.join(D, "f"), os.O_CREAT | os.O_WRONLY, 0o600)
os.close(open_fd)
print(sorted(os.listdir(D)), sorted(os.listdir(D.encode())))
try:
    os.mkdir(os.path.join(D, "a"))
except FileExistsError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.rmdir(os.path.join(D, "zz"))
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    os.rmdir(os.path.join(D, "f"))
except NotADirectoryError as e:
    print(type(e).__name__, e)
try:
    os.listdir(os.path.join(D, "nope"))
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    os.listdir(os.path.join(D, "f"))
except NotADirectoryError as e:
    print(type(e).__name__, e)
os.rename(os.path.join(D, "a"), os.path.join(D, "a2"))
print(sorted(os.listdir(D)))
try:
    os.rename(os.path.join(D, "missing"), os.path.join(D, "q"))
except FileNotFoundError as e:
    print(type(e).__name__, e, e.filename, e.filename2)
try:
    os.rename(os.path.join(D, "a2"), os.path.join(D, "f"))
except NotADirectoryError as e:
    print(type(e).__name__, e)
os.replace(os.path.join(D, "f"), os.path.join(D, "g"))
print(sorted(os.listdir(D)))
try:
    os.unlink(os.path.join(D, "b"))
except IsADirectoryError as e:
    print(type(e).__name__, e)
except PermissionError as e:
    print("IsADirectoryError", e)

here = os.getcwd()
os.chdir(D)
print(os.getcwd() == os.path.join(here, D), os.getcwdb() == os.fsencode(os.getcwd()))
print(sorted(os.listdir()), sorted(os.listdir(None)), sorted(os.listdir(".")))
os.chdir("..")
print(os.getcwd() == here)
try:
    os.chdir(os.path.join(D, "nope"))
except FileNotFoundError as e:
    print(type(e).__name__, e)
fd = os.open(D, os.O_RDONLY)
os.chdir(fd)
print(os.path.basename(os.getcwd()))
print(sorted(os.listdir(fd)))
os.chdir(here)
os.close(fd)
os.makedirs(os.path.join(D, "x", "y", "z"))
print(os.path.isdir(os.path.join(D, "x", "y", "z")))
os.makedirs(os.path.join(D, "x", "y"), exist_ok=True)
try:
    os.makedirs(os.path.join(D, "x", "y"))
except FileExistsError as e:
    print(type(e).__name__, e)
os.removedirs(os.path.join(D, "x", "y", "z"))
print(sorted(os.listdir(D)))
walked = [(r, sorted(d), sorted(f)) for r, d, f in os.walk(D)]
print(sorted(walked))
cleanup()
print(os.path.exists(D))
