import errno
print(errno.__doc__)
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names[:5], errno.ENOENT, errno.EAGAIN == errno.EWOULDBLOCK)
print(sorted(errno.errorcode.items()))
print(errno.errorcode[errno.EAGAIN], errno.errorcode[errno.ENOTSUP], errno.errorcode[errno.EDEADLK])
