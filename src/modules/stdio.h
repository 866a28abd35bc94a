/* stdio.h — a small UTF-8 text stream over a file descriptor, used for
 * sys.stdin/stdout/stderr (faster for print() than the _io classes that
 * serve open(); see docs/internals/runtime-library.md). It shows itself
 * as _io.TextIOWrapper. Output is buffered as CPython buffers it
 * (line-buffered on a terminal and for stderr, unbuffered with -u). */
#ifndef KR_STDIO_H
#define KR_STDIO_H
#include "../objects/object.h"

typedef struct {
    KrObject ob_base;
    int fd;
    char readable, writable;
    char closed;
    char line_buffering;      /* flush when a newline is written */
    char write_through;       /* text goes to the byte buffer at every write */
    char raw_unbuffered;      /* the byte layer writes straight to the fd (-u) */
    char at_eof;
    KrObject *name;           /* str, e.g. '<stdout>' */
    KrObject *mode;           /* 'r' or 'w' */
    KrObject *errors;         /* str */
    KrObject *encoding;       /* str; NULL means 'utf-8' (the fast path) */
    /* Output has CPython's two layers: encoded text waits in tbuf (the
     * TextIOWrapper's pending bytes) until a chunk is full, a newline is
     * written when line-buffered, or a flush; then it joins wbuf (the
     * BufferedWriter), which the binary view (.buffer) writes to directly. */
    char *tbuf;
    ssize_t tlen, tcap;
    char *wbuf;               /* (raw domain) */
    ssize_t wlen, wcap;
    char *rbuf;               /* read-ahead input (raw domain) */
    ssize_t rpos, rlen, rcap;
    KrObject *buffer;         /* the binary view (.buffer), made on first use */
} KrStdioObject;

/* The binary view of a stream (sys.stdout.buffer): bytes in and out of the
 * same buffers, so that text and binary output stay in order. */
typedef struct {
    KrObject ob_base;
    KrStdioObject *text;      /* owned */
} KrStdioBufferObject;

extern KrTypeObject kr_stdio_type, kr_stdio_buffer_type;

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
