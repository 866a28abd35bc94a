# The io module on top of _io: names, ABC registration, exceptions.
import io, _io

print(sorted(n for n in dir(_io) if not n.startswith("__")))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.UnsupportedOperation.__mro__)
print(io.BlockingIOError is BlockingIOError, io.open_code is _io.open_code)
for cls in [io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter,
            io.BufferedRandom, io.BufferedRWPair, io.TextIOWrapper]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__],
          issubclass(cls, io.IOBase))
print(io.IOBase.__mro__, io.RawIOBase.__mro__)
print(io.TextIOWrapper.__doc__ is not None, io.open.__doc__.splitlines()[0])
print(io.IncrementalNewlineDecoder.__name__, io.text_encoding(None))
try:
    raise io.UnsupportedOperation("nope")
except OSError as e:
    print("caught as OSError", e, isinstance(e, ValueError))
print(hasattr(io.StringIO(), "__dict__"), io.StringIO().__dict__)
