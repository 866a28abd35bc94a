/* bytes.h — bytes (immutable) and bytearray (mutable) sequences of octets. */
#ifndef KR_BYTES_H
#define KR_BYTES_H
#include "object.h"

typedef struct {
    KrVarObject ob_base;       /* ob_size is the length */
    kr_hash_t hash;
    char ob_sval[1];           /* length + 1 bytes, NUL-terminated */
} KrBytesObject;

typedef struct {
    KrVarObject ob_base;
    ssize_t allocated;
    char *ob_bytes;            /* never NULL: at least `length + 1` bytes, NUL-terminated */
    ssize_t exports;           /* live buffer exports forbid resizing */
} KrByteArrayObject;

extern KrTypeObject kr_bytes_type, kr_bytearray_type;
extern KrTypeObject kr_bytes_iterator_type, kr_bytearray_iterator_type;
#define KR_BYTES_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_BYTES_SUBCLASS)
#define KR_BYTES_CHECK_EXACT(o) (KR_TYPE(o) == &kr_bytes_type)
#define KR_BYTES_DATA(o) (((KrBytesObject *)(o))->ob_sval)
#define KR_BYTES_LEN(o) KR_SIZE(o)
#define KR_BYTEARRAY_CHECK(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_bytearray_type)
#define KR_BYTEARRAY_CHECK_EXACT(o) (KR_TYPE(o) == &kr_bytearray_type)
#define KR_BYTEARRAY_DATA(o) (((KrByteArrayObject *)(o))->ob_bytes)
#define KR_BYTEARRAY_LEN(o) KR_SIZE(o)

KrObject *kr_bytes_from(const void *data, ssize_t len);   /* data NULL: uninitialized */
KrObject *kr_bytes_from_cstr(const char *s);
int kr_bytes_resize(KrObject **b, ssize_t newlen);         /* only for unshared new bytes */
KrObject *kr_bytes_repr(KrObject *b);
/* repr of raw data as b'...' (smartquotes as bytes.__repr__). */
KrObject *kr_bytes_repr_data(const char *data, ssize_t len);
/* Same; always_escape_squote gives bytearray's repr, which escapes ' even
 * inside double quotes. */
KrObject *kr_bytes_repr_data_ex(const char *data, ssize_t len, int always_escape_squote);
KrObject *kr_bytearray_from(const void *data, ssize_t len);
/* Resizes a bytearray (BufferError while exported). 0 or -1. */
int kr_bytearray_resize(KrObject *ba, ssize_t newlen);
/* bytes(o): __bytes__, buffer, iterable of ints. New ref or NULL. */
KrObject *kr_bytes_from_object(KrObject *o);
/* a + b for bytes-like operands; the result has a's type family. */
KrObject *kr_bytes_concat(KrObject *a, KrObject *b);
/* sep.join(iterable) for bytes/bytearray sep; result like sep. */
KrObject *kr_bytes_join(KrObject *sep, KrObject *iterable);
/* b % args (printf-style bytes formatting). */
KrObject *kr_bytes_format_percent(KrObject *fmt, KrObject *args);
kr_hash_t kr_bytes_hash(KrObject *b);
/* Fills buf from any object with the buffer protocol; TypeError
 * "a bytes-like object is required, not 'X'" otherwise. */
int kr_object_get_buffer(KrObject *o, KrBuffer *view, int flags);
void kr_buffer_release(KrBuffer *view);
/* 1 if o supports the buffer protocol. */
int kr_object_check_buffer(KrObject *o);
/* Fills view for an exporter of plain bytes (as PyBuffer_FillInfo):
 * obj gets a new reference; BufferError when writable is asked of readonly. */
int kr_buffer_fill_info(KrBuffer *view, KrObject *obj, void *buf, ssize_t len, int readonly,
                        int flags);
/* The iterator of a bytearray (bytes.c). */
KrObject *kr_bytes_bytearray_iter(KrObject *o);
int kr_bytes_init(void);
#endif
