/* iomodule.h — the built-in _io module (FileIO, BytesIO, StringIO, the
 * Buffered* classes, TextIOWrapper, open, open_code): its public C API.
 * CPython's io.py imports everything from _io. See docs/internals/io.md. */
#ifndef KR_IOMODULE_H
#define KR_IOMODULE_H
#include "../objects/module.h"

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_iomodule_def;

/* _io.open_code(path): path (a str) opened for reading in binary mode, as
 * CPython's PyFile_OpenCode. The result has read()/close()/__enter__ ...
 * New ref, or NULL with OSError (FileNotFoundError ...) / TypeError. */
KrObject *kr_io_open_code(KrObject *path);

/* Reads the whole file at path (str, bytes or path-like) and returns its
 * contents as bytes. New ref, or NULL with OSError carrying errno and the
 * filename (FileNotFoundError, IsADirectoryError, ...). */
KrObject *kr_io_read_file_bytes(KrObject *path);

/* _io.open(file, mode) with the other arguments at their defaults
 * (buffering=-1, encoding=None, ...). mode is a C string ("r", "rb", "w"
 * ...). New ref or NULL. */
KrObject *kr_io_open(KrObject *file, const char *mode);
/* _io.open(*args, **kw) with the vectorcall convention (builtins.open
 * calls this). New ref or NULL. */
KrObject *kr_io_open_call(KrObject *const *args, ssize_t nargs, KrObject *kwnames);
#endif
