# os.path functions on top of posix
import os

print(os.path.join("a", "b", "c"), os.path.join("/a", "/b"), os.path.join(b"x", b"y"))
print(os.path.split("/a/b/c.txt"), os.path.splitext("f.tar.gz"), os.path.basename("/x/y"))
print(os.path.dirname("/x/y"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/q"))
print(os.path.abspath("zz") == os.path.join(os.getcwd(), "zz"))
print(os.path.abspath(b"zz") == os.path.join(os.getcwdb(), b"zz"))
print(os.path.exists("."), os.path.exists("no_such_file_here"), os.path.isdir("."))
print(os.path.isfile("paths.py"), os.path.isdir("paths.py"), os.path.isfile("."))
print(os.path.islink("paths.py"), os.path.lexists("paths.py"))
print(os.path.getsize("paths.py") == os.stat("paths.py").st_size)
print(os.path.exists("a\0b"), os.path.isdir(b"a\0b"))
print(os.path.expanduser("~") == os.environ["HOME"])
print(os.path.realpath(".") == os.getcwd())
print(os.path.relpath(os.path.join(os.getcwd(), "q", "r")))
print(os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["abc", "abd"]))
print(os.path.samefile("paths.py", "./paths.py"))
