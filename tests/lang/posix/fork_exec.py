# fork / waitpid / wait / execv / execve / pipe / dup2
import os

pid = os.fork()
if pid == 0:
    os._exit(7)
p, st = os.waitpid(pid, 0)
print(p == pid, os.WIFEXITED(st), os.WEXITSTATUS(st), os.waitstatus_to_exitcode(st))

pid = os.fork()
if pid == 0:
    os.execv("/bin/sh", ["sh", "-c", "exit 3"])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

pid = os.fork()
if pid == 0:
    os.execve("/bin/sh", ("sh", "-c", 'test "$FOO" = bar && exit 5'), {"FOO": "bar"})
p, st = os.wait()
print(p == pid, os.waitstatus_to_exitcode(st))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    os.execv("/bin/echo", [b"echo", "hi", b"there"])
os.close(w)
print(os.read(r, 100))
os.close(r)
os.waitpid(pid, 0)

pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
    os._exit(0)
st = os.waitpid(pid, 0)[1]
print(os.WIFSIGNALED(st), os.WTERMSIG(st), os.waitstatus_to_exitcode(st))

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

t(os.waitpid, -1, 0)
t(os.wait)
t(os.execv, "/bin/true", "x")
t(os.execv, "/bin/true", [])
t(os.execv, "/bin/true", [""])
t(os.execv, "/nonexistent", ["x"])
t(os.execv, "/bin/true", [1])
t(os.execve, "/bin/true", "x", {})
t(os.execve, "/bin/true", [], {})
t(os.execve, "/bin/true", ["a"], {"A=B": "c"})
t(os.execve, "/bin/true", ["a"], {"": "c"})
t(os.execve, "/bin/true", ["a"], {1: "c"})
t(os.execve, "/nonexistent", ["a"], {})
t(os.execv, "/bin/true")
t(os.execve, path="/nonexistent", argv=["a"], env={})
