/* io.h — private header shared by the files of the _io module (iomodule.c,
 * io_fileio.c, io_bytesio.c, io_buffered.c, io_textio.c, io_stringio.c):
 * the common object layout, the type objects and the helpers they share.
 * Code outside src/modules/io*.c should use iomodule.h instead. */
#ifndef KR_IO_H
#define KR_IO_H
#include "../objects/object.h"
#include "iomodule.h"

/* Every _io object starts with this: an instance __dict__ (as CPython, the
 * _IOBase "closed" flag of pure-Python style subclasses lives there under
 * "__IOBase_closed") and a weak reference list. */
#define KR_IO_HEAD \
    KrObject ob_base; \
    KrObject *dict; \
    KrObject *weakreflist;

typedef struct {
    KR_IO_HEAD
} KrIOBaseObject;

/* FileIO: a raw (unbuffered) file on an OS file descriptor. */
typedef struct {
    KR_IO_HEAD
    int fd;                   /* -1 once closed */
    unsigned created : 1, readable : 1, writable : 1, appending : 1;
    unsigned closefd : 1, finalizing : 1;
    signed char seekable;     /* -1: not known yet */
    long blksize;
} KrFileIOObject;

/* BytesIO: a growable byte buffer with a position. */
typedef struct {
    KR_IO_HEAD
    char *buf;                /* raw domain; NULL while empty */
    ssize_t size, cap, pos;
    ssize_t exports;          /* live getbuffer() views */
    char closed;
} KrBytesIOObject;

/* BufferedReader / BufferedWriter / BufferedRandom: a buffer over a raw
 * stream. Reads keep [rpos, rlen) of rbuf unread (the raw stream is at the
 * end of that data); writes wait in wbuf. BufferedRandom never holds both:
 * a write drops the read-ahead (seeking the raw stream back) and a read
 * flushes the pending writes first. */
typedef struct {
    KR_IO_HEAD
    KrObject *raw;
    char ok, detached, finalizing;
    char can_read, can_write;   /* the class's kind */
    char raw_is_fileio;         /* raw is exactly FileIO: direct syscalls */
    ssize_t buffer_size;
    char *rbuf;                 /* raw domain, buffer_size bytes */
    ssize_t rpos, rlen;
    char *wbuf;                 /* raw domain, buffer_size bytes */
    ssize_t wlen;
} KrBufferedObject;

extern KrTypeObject kr_io_iobase_type, kr_io_rawiobase_type, kr_io_bufferediobase_type,
    kr_io_textiobase_type;
extern KrTypeObject kr_io_fileio_type, kr_io_bytesio_type;
extern KrTypeObject kr_io_bufferedreader_type, kr_io_bufferedwriter_type,
    kr_io_bufferedrandom_type, kr_io_bufferedrwpair_type;
extern KrTypeObject kr_io_textiowrapper_type, kr_io_stringio_type,
    kr_io_incrementalnewlinedecoder_type;

/* io.UnsupportedOperation (a class deriving from OSError and ValueError),
 * made by kr_io_types_init. Borrowed. */
extern KrObject *kr_io_unsupported_operation;

#define KR_IO_DEFAULT_BUFFER_SIZE 8192

/* Readies every _io type and makes UnsupportedOperation. Idempotent. 0/-1. */
int kr_io_types_init(void);
/* Raises UnsupportedOperation(msg); returns NULL. */
KrObject *kr_io_unsupported(const char *msg);
/* ValueError "I/O operation on closed file." when self.closed is true.
 * 0 (open) or -1. */
int kr_io_check_closed(KrObject *self);
/* Calls self.readable()/writable()/seekable() and raises
 * UnsupportedOperation("File or stream is not readable." ...) when false.
 * 0 or -1. */
int kr_io_check_readable(KrObject *self);
int kr_io_check_writable(KrObject *self);
int kr_io_check_seekable(KrObject *self);
/* getattr(o, name) with an interned name (kr_object_getattr_str makes a
 * fresh string, which would fill the type attribute cache). New ref/NULL. */
KrObject *kr_io_getattr(KrObject *o, const char *name);
/* kr_object_lookup_attr with an interned C-string name: 1 found (*out a
 * new ref), 0 missing (*out NULL), -1 error. */
int kr_io_lookup_attr(KrObject *o, const char *name, KrObject **out);
/* A type name for messages: "None" for None, else tp_name (as CPython's
 * argument clinic writes it). Borrowed C string. */
const char *kr_io_type_name(KrObject *o);
/* The "size" argument of read()/readline()/...: None or omitted gives -1,
 * otherwise an index. 0 or -1 with TypeError. */
int kr_io_size_arg(KrObject *arg, ssize_t *out);
/* The _IOBase parts of deallocation: calls close() through the type if the
 * object is not closed yet (CPython's iobase_finalize; errors are reported
 * as unraisable), keeping the object alive meanwhile. 1 if the object was
 * resurrected (the caller must return at once), else 0. */
int kr_io_dealloc_finalize(KrObject *self);
/* Shared GC helpers for the head fields. */
int kr_io_head_traverse(KrObject *self, kr_visitproc visit, void *arg);
void kr_io_head_clear(KrObject *self);
/* 1 if the _IOBase "closed" flag (dict entry "__IOBase_closed") is set. */
int kr_io_iobase_is_closed(KrObject *self);
/* _IOBase.close(self): flush() then set the closed flag. New ref or NULL. */
KrObject *kr_io_iobase_close(KrObject *self, KrObject *unused);
/* Sets the _IOBase closed flag. 0 or -1. */
int kr_io_iobase_mark_closed(KrObject *self);
/* The end of a layered stream's close(): r is what closing the layer below
 * returned (new ref, or NULL with an exception set), flush_exc the exception
 * the flush raised before (stolen; NULL if none). A flush error is raised
 * again; a close error then gets it as __context__, as CPython's _io does.
 * Returns r, or NULL with the exception set. */
KrObject *kr_io_close_result(KrObject *r, KrObject *flush_exc);

/* io_buffered.c: write len bytes through a Buffered* object (what
 * write(b) does). 0 or -1. */
int kr_io_buffered_write_bytes(KrObject *self, const char *data, ssize_t len);
/* read1(n) of a Buffered* object into a new bytes. New ref or NULL (None
 * is returned for a non-blocking raw stream without data). */
KrObject *kr_io_buffered_read1(KrObject *self, ssize_t n);

/* io_nldecoder.c: newline handling shared by TextIOWrapper and StringIO. */
#define KR_IO_SEEN_LF 1
#define KR_IO_SEEN_CR 2
#define KR_IO_SEEN_CRLF 4
/* Applies the universal-newline state machine to the decoded text s
 * (STOLEN): a pending \r from the previous chunk is prepended, a trailing
 * \r is held back unless final, kinds seen are or-ed into *seennl, and with
 * translate \r\n and \r become \n. New str or NULL. */
KrObject *kr_io_translate_newlines(KrObject *s, int translate, char *pendingcr, int *seennl,
                                   int final);
/* The `newlines` attribute for a seennl mask: None, a str or a tuple. */
KrObject *kr_io_newlines_object(int seennl);
/* End of the first line in s[start:end] (index after its newline), or -1
 * if no complete line ending is there. translated: only \n ends lines;
 * universal: \r, \n or \r\n (a final \r gives -1: it may start \r\n);
 * otherwise the str readnl. Never fails. */
ssize_t kr_io_find_line_ending(KrObject *s, ssize_t start, ssize_t end, int translated, int universal,
                               KrObject *readnl);
/* Index of the first ch in s[start:end] (0 <= start <= end <= len), or -1;
 * memchr for 1-byte strings. Never fails. */
ssize_t kr_io_find_char(KrObject *s, uint32_t ch, ssize_t start, ssize_t end);
/* IncrementalNewlineDecoder.decode(input, final) for an instance. */
KrObject *kr_io_nldecoder_decode(KrObject *self, KrObject *input, int final);

/* io_open.c: the module-level functions (open, open_code, text_encoding). */
extern KrMethodDef kr_io_module_methods[];
#endif
