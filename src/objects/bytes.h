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
    char *ob_bytes;
    ssize_t exports;           /* live buffer exports forbid resizing */
} KrByteArrayObject;

extern KrTypeObject kr_bytes_type, kr_bytearray_type;
#define KR_BYTES_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_BYTES_SUBCLASS)
#define KR_BYTES_CHECK_EXACT(o) (KR_TYPE(o) == &kr_bytes_type)
#define KR_BYTES_DATA(o) (((KrBytesObject *)(o))->ob_sval)
#define KR_BYTES_LEN(o) KR_SIZE(o)
#define KR_BYTEARRAY_CHECK(o) KR_TYPE_CHECK_EXACT_OR_SUB((o), &kr_bytearray_type)
#define KR_BYTEARRAY_DATA(o) (((KrByteArrayObject *)(o))->ob_bytes)

KrObject *kr_bytes_from(const void *data, ssize_t len);   /* data NULL: uninitialized */
KrObject *kr_bytes_from_cstr(const char *s);
int kr_bytes_resize(KrObject **b, ssize_t newlen);         /* only for unshared new bytes */
KrObject *kr_bytes_repr(KrObject *b);
KrObject *kr_bytearray_from(const void *data, ssize_t len);
/* Fills buf from any object with the buffer protocol; TypeError
 * "a bytes-like object is required, not 'X'" otherwise. */
int kr_object_get_buffer(KrObject *o, KrBuffer *view, int flags);
void kr_buffer_release(KrBuffer *view);
int kr_bytes_init(void);
#endif
