def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))


e = OSError()
print(repr(e), repr(str(e)), e.errno, e.strerror, e.filename, e.filename2)
e = OSError(5)
print(repr(e), str(e), e.errno)
e = OSError(5, 'Input/output error')
print(repr(e), str(e), e.errno, e.strerror)
e = OSError(2, 'No such file', 'f.txt')
print(repr(e), str(e), e.args, e.filename)
e = OSError(1, 'Nope', 'a', None, 'b')
print(str(e), e.args, e.filename, e.filename2)
e = OSError(1, 2, 3, 4, 5, 6)
print(e.args, e.errno, e.filename)
check(lambda: OSError(x=1))
check(lambda: BlockingIOError(1, 2, 3).characters_written)
check(lambda: BlockingIOError(1, 2).characters_written)
check(lambda: BlockingIOError(1, 2, 3.5))
b = BlockingIOError(11, 'again', 7)
print(b.characters_written, b.filename, b.args)
b.characters_written = 10
print(b.characters_written)
del b.characters_written
check(lambda: b.characters_written)
check(lambda: OSError(2, 'x').winerror)
e.errno = 99
print(e.errno)
