/* posixmodule.h — the posix module (what os.py imports on Linux): file
 * system calls, fd I/O, process ids, environ, stat_result, uname, ... */
#ifndef KR_POSIXMODULE_H
#define KR_POSIXMODULE_H
#include "../objects/module.h"

extern KrModuleDef kr_posixmodule_def;

/* A path argument converted for a system call (CPython's path_t). Fill
 * func/arg/allow_fd/nullable, then call kr_posix_path_convert. */
typedef struct {
    const char *func;      /* function name for messages ("stat") */
    const char *arg;       /* parameter name ("path") */
    int allow_fd;          /* an int is accepted as a file descriptor */
    int nullable;          /* None (or omitted) is accepted: narrow NULL */
    KrObject *object;      /* the argument as given, or its __fspath__() (errors) */
    KrObject *owned;       /* owned: the __fspath__() result, or NULL */
    KrObject *bytes;       /* owned: the encoded path, or NULL */
    const char *narrow;    /* NUL-terminated path, or NULL */
    int fd;                /* the descriptor when an int was given, else -1 */
    int is_bytes;          /* results should be bytes (bytes-like path) */
} KrPosixPath;

/* Converts o (may be NULL = omitted) into p. 0, or -1 + TypeError/ValueError.
 * Always call kr_posix_path_clean afterwards (also after failure). */
int kr_posix_path_convert(KrPosixPath *p, KrObject *o);
/* Releases what kr_posix_path_convert took (bytes, owned). Never fails. */
void kr_posix_path_clean(KrPosixPath *p);

/* os.fspath(o): str/bytes as is, else o.__fspath__(); new ref or NULL. */
KrObject *kr_posix_fspath(KrObject *o);

/* A stat_result from a struct stat; new ref or NULL. */
struct stat;
KrObject *kr_posix_stat_result(const struct stat *st);

#endif
