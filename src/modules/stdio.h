/* stdio.h — a small UTF-8 text stream over a file descriptor, used for
 * sys.stdin/stdout/stderr until the real io module exists. It shows itself
 * as _io.TextIOWrapper. Output is buffered (line-buffered on a terminal,
 * flushed on every write for stderr and with -u). */
#ifndef KR_STDIO_H
#define KR_STDIO_H
#include "../objects/object.h"

typedef struct {
    KrObject ob_base;
    int fd;
    char readable, writable;
    char closed;
    char line_buffering;      /* flush when a newline is written */
    char write_through;       /* flush after every write */
    char at_eof;
    KrObject *name;           /* str, e.g. '<stdout>' */
    KrObject *mode;           /* 'r' or 'w' */
    KrObject *errors;         /* str */
    char *wbuf;               /* pending output (raw domain) */
    ssize_t wlen, wcap;
    char *rbuf;               /* read-ahead input (raw domain) */
    ssize_t rpos, rlen, rcap;
} KrStdioObject;

extern KrTypeObject kr_stdio_type;

/* A new stream on fd. mode "r" or "w"; name e.g. "<stdout>"; errors
 * "strict", "surrogateescape" or "backslashreplace". New ref. */
KrObject *kr_stdio_new(int fd, const char *name, const char *mode, const char *errors);
/* Writes the pending output of every stream made by kr_stdio_new, then
 * calls flush() on sys.stdout and sys.stderr if they were replaced.
 * Errors are reported as unraisable. Safe to call at any time. */
void kr_stdio_flush_all(void);
/* stream.write(s) for a kr_stdio_type stream and a str s: the fast path of
 * print(). Returns the number of characters (new ref) or NULL. */
KrObject *kr_stdio_write_str(KrObject *stream, KrObject *s);
/* Writes a C string straight to a stream object (any object with write()). 0 or -1. */
int kr_stdio_write_cstr(KrObject *file, const char *s);
int kr_stdio_init(void);
#endif
