# import os and the basics os.py builds on posix
import os
import posix
import sys

print(os.name, os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir)
print(os.path is sys.modules["os.path"], os.path.__name__)
print(os.error is OSError, posix.error is OSError)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.O_CLOEXEC, os.O_DIRECTORY, os.O_NOFOLLOW, os.O_NONBLOCK)
print(os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE)
print(type(posix._have_functions), all(n.startswith("HAVE_") for n in posix._have_functions))
print(os.stat in os.supports_dir_fd, os.stat in os.supports_fd)
print(os.stat in os.supports_follow_symlinks, os.access in os.supports_effective_ids)
for name in ["getcwd", "getcwdb", "chdir", "fspath", "stat", "lstat", "fstat", "listdir",
             "scandir", "mkdir", "rmdir", "unlink", "remove", "rename", "replace", "open",
             "close", "read", "write", "lseek", "isatty", "getpid", "getppid", "getuid",
             "geteuid", "getgid", "kill", "_exit", "strerror", "urandom", "uname", "umask",
             "access", "putenv", "unsetenv", "get_terminal_size", "cpu_count", "times",
             "device_encoding", "makedirs", "removedirs", "walk", "fsencode", "fsdecode",
             "getenv", "environ", "environb", "stat_result", "terminal_size", "DirEntry",
             "PathLike"]:
    print(name, hasattr(os, name))
print("_exit" in os.__all__, "stat" in os.__all__, "path" in os.__all__)
print(os.stat_result.n_sequence_fields, os.stat_result.n_fields)
print(os.stat_result.__name__, os.terminal_size.__name__, os.uname_result.__name__)
print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.getuid()), type(os.geteuid()), type(os.getgid()))
print(isinstance(os.cpu_count(), int) and os.cpu_count() >= 1)
