/* str.h — the str type, stored compactly by its widest character (PEP 393):
 * 1 byte per code point (latin-1), 2 (UCS-2) or 4 (UCS-4). The characters
 * follow the header in the same allocation, NUL-terminated. */
#ifndef KR_STR_H
#define KR_STR_H
#include "object.h"
#include <string.h>

typedef struct {
    KrObject ob_base;
    ssize_t length;            /* in code points */
    kr_hash_t hash;            /* -1 until computed */
    uint8_t kind;              /* 1, 2 or 4 bytes per code point */
    uint8_t ascii;             /* all code points < 128 */
    uint8_t interned;
    char *utf8;                /* cached UTF-8 (== data when ascii), or NULL */
    ssize_t utf8_length;
    /* The code points. For exact str objects they follow the header in the
     * same block (data == self + 1); instances of str subclasses keep them in
     * a separate block, because the subclass puts its own fields (__dict__,
     * slots) right after the header. Always read through KR_STR_DATA. */
    void *data;
} KrStrObject;

/* Invariants every str satisfies (the fast paths rely on them):
 *   - kind is the smallest able to hold the largest code point, so two
 *     equal strings always have the same kind and identical data bytes;
 *   - the data is NUL-terminated (one extra code unit of zero);
 *   - the hash is SipHash-1-3 over length*kind data bytes (CPython's). */

extern KrTypeObject kr_str_type;
extern KrTypeObject kr_str_iterator_type, kr_str_ascii_iterator_type;
#define KR_STR_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_UNICODE_SUBCLASS)
#define KR_STR_CHECK_EXACT(o) (KR_TYPE(o) == &kr_str_type)
#define KR_STR_LEN(o) (((KrStrObject *)(o))->length)
#define KR_STR_KIND(o) (((KrStrObject *)(o))->kind)
#define KR_STR_IS_ASCII(o) (((KrStrObject *)(o))->ascii)
#define KR_STR_DATA(o) (((KrStrObject *)(o))->data)
#define KR_STR_HASH_CACHED(o) (((KrStrObject *)(o))->hash)
static inline uint32_t kr_str_read(int kind, const void *data, ssize_t i) {
    return kind == 1 ? ((const uint8_t *)data)[i]
         : kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i];
}
static inline void kr_str_write(int kind, void *data, ssize_t i, uint32_t ch) {
    if (kind == 1) ((uint8_t *)data)[i] = (uint8_t)ch;
    else if (kind == 2) ((uint16_t *)data)[i] = (uint16_t)ch;
    else ((uint32_t *)data)[i] = ch;
}
#define KR_STR_READ_CHAR(o, i) kr_str_read(KR_STR_KIND(o), KR_STR_DATA(o), (i))
/* The kind needed for a code point. */
static inline int kr_str_kind_for(uint32_t maxchar) {
    return maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4;
}

/* A new, uninitialized str able to hold `length` code points up to maxchar;
 * fill it with kr_str_write. maxchar must be the largest code point actually
 * written (the kind must be canonical, see the invariants above). The empty
 * string and latin-1 one-character strings are shared singletons when made
 * through the constructors below. All constructors: new reference, or NULL
 * with MemoryError (UnicodeDecodeError for invalid UTF-8). */
KrObject *kr_str_new(ssize_t length, uint32_t maxchar);
KrObject *kr_str_from_utf8(const char *s, ssize_t size);       /* strict; UnicodeDecodeError */
KrObject *kr_str_from_utf8_surrogateescape(const char *s, ssize_t size); /* for OS data */
KrObject *kr_str_from_cstr(const char *s);                     /* NUL-terminated UTF-8 */
KrObject *kr_str_from_latin1(const char *s, ssize_t size);
KrObject *kr_str_from_ascii(const char *s, ssize_t size);      /* caller guarantees ASCII */
KrObject *kr_str_from_ucs4(const uint32_t *cps, ssize_t n);
/* A str from code units of the given kind (1, 2 or 4); the result has the
 * canonical (smallest) kind. New reference or NULL. */
KrObject *kr_str_from_kind_data(int kind, const void *data, ssize_t n);
KrObject *kr_str_from_char(uint32_t ch);                       /* chr() */
KrObject *kr_str_from_format(const char *fmt, ...);            /* formats as kr_err_format */
KrObject *kr_str_from_format_v(const char *fmt, va_list ap);
/* The shared empty string (borrowed; immortal). */
KrObject *kr_str_empty_borrow(void);
/* UTF-8 of s, cached on the object (borrowed, NUL-terminated); NULL with
 * UnicodeEncodeError for lone surrogates. size may be NULL. */
const char *kr_str_as_utf8(KrObject *s, ssize_t *size);
/* s as a NUL-terminated UTF-8 C string, refusing embedded NULs
 * (ValueError "embedded null character"). Borrowed, or NULL. */
const char *kr_str_as_cstr(KrObject *s);
/* a + b: new exact str; TypeError 'can only concatenate str (not "int") to str'. */
KrObject *kr_str_concat(KrObject *a, KrObject *b);
/* *pa = *pa + b, reusing *pa's block when nobody else holds it (the VM's
 * `s += t` fast path). *pa owned; on error *pa is cleared and -1 returned. */
int kr_str_append_inplace(KrObject **pa, KrObject *b);
/* sep.join(iterable): new ref; TypeError for non-str items. */
KrObject *kr_str_join(KrObject *sep, KrObject *iterable);
/* sep.join(items[0:n]) for an array (sep NULL: ""), e.g. BUILD_STRING's
 * stack slice. Items borrowed; TypeError for a non-str item. */
KrObject *kr_str_join_array(KrObject *sep, KrObject *const *items, ssize_t n);
/* s[start:end] with clipping (new ref; s itself when whole and exact). */
KrObject *kr_str_substring(KrObject *s, ssize_t start, ssize_t end);
int kr_str_equal(KrObject *a, KrObject *b);                     /* exact strs; no errors */
int kr_str_equal_cstr(KrObject *a, const char *s);             /* ASCII C string */
int kr_str_compare(KrObject *a, KrObject *b);                  /* <0, 0, >0 */
ssize_t kr_str_find_char(KrObject *s, uint32_t ch, ssize_t start, ssize_t end);
/* Finds sub in s[start:end] (clipped), direction 1 forward / -1 backward;
 * index or -1. No errors. */
ssize_t kr_str_find(KrObject *s, KrObject *sub, ssize_t start, ssize_t end, int direction);
kr_hash_t kr_str_hash(KrObject *s);                            /* cached SipHash; never fails */
KrObject *kr_str_repr(KrObject *s);                            /* repr(s): new ref or NULL */
/* ascii(obj) escaping applied to a repr str: non-ASCII as \x \u \U. */
KrObject *kr_str_ascii_escape(KrObject *repr);
/* Interning: *p (owned) is replaced by the canonical equal string. */
void kr_str_intern_in_place(KrObject **p);
KrObject *kr_str_intern_cstr(const char *s);                   /* new ref to interned */
int kr_str_isidentifier(KrObject *s);                          /* str.isidentifier(): 1/0 */
/* 1 if the code point is printable in CPython's sense (repr leaves it). */
int kr_str_char_isprintable(uint32_t ch);
/* bytes.decode / str.encode with any codec name and error handler (errors
 * NULL = "strict"): new str / bytes, or NULL with LookupError (unknown codec
 * or handler), UnicodeDecodeError / UnicodeEncodeError. */
KrObject *kr_str_decode(const char *s, ssize_t size, const char *encoding, const char *errors);
KrObject *kr_str_encode(KrObject *s, const char *encoding, const char *errors); /* bytes */
/* str(obj, encoding, errors) for a bytes-like obj; encoding/errors may be NULL. */
KrObject *kr_str_from_encoded_object(KrObject *obj, const char *encoding, const char *errors);
/* s % args (the str __mod__ implementation). New reference or NULL. */
KrObject *kr_str_format_percent(KrObject *fmt, KrObject *args);
/* fmt.format(*args, **kwargs); kwargs may be NULL. */
KrObject *kr_str_format_call(KrObject *fmt, KrObject *args, KrObject *kwargs);
/* Creates the singletons and the interning table (before ids and types). 0/-1. */
int kr_str_init(void);

/* Fast equality for the hot paths (dict lookup, attribute names, COMPARE_OP).
 * a and b must be str objects (exact or subclasses). */
static inline int kr_str_eq_fast(KrObject *a, KrObject *b) {
    if (a == b) return 1;
    KrStrObject *x = (KrStrObject *)a, *y = (KrStrObject *)b;
    if (x->length != y->length || x->kind != y->kind) return 0;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return 0;
    return memcmp(x->data, y->data, (size_t)x->length * x->kind) == 0;
}
/* The (cached) hash of a str; never fails. */
static inline kr_hash_t kr_str_hash_fast(KrObject *s) {
    kr_hash_t h = ((KrStrObject *)s)->hash;
    return h != -1 ? h : kr_str_hash(s);
}

/* An append-only builder for building str values piece by piece. */
typedef struct {
    uint32_t *buf;             /* UCS-4 scratch: `small` or a raw-domain block */
    ssize_t len, cap;
    uint32_t maxchar;
    uint32_t small[56];        /* short results need no allocation; do not copy the struct */
} KrStrBuilder;
/* The append functions return 0, or -1 with MemoryError; finish returns a
 * new canonical str (NULL + MemoryError) and frees the buffer either way. */
void kr_strbuilder_init(KrStrBuilder *b);
int kr_strbuilder_append_char(KrStrBuilder *b, uint32_t ch);
int kr_strbuilder_append_str(KrStrBuilder *b, KrObject *s);
int kr_strbuilder_append_substr(KrStrBuilder *b, KrObject *s, ssize_t start, ssize_t end);
int kr_strbuilder_append_ascii(KrStrBuilder *b, const char *s, ssize_t n); /* n -1: strlen */
int kr_strbuilder_append_utf8(KrStrBuilder *b, const char *s, ssize_t n);
int kr_strbuilder_append_repeat(KrStrBuilder *b, uint32_t ch, ssize_t count);
int kr_strbuilder_reserve(KrStrBuilder *b, ssize_t extra);
KrObject *kr_strbuilder_finish(KrStrBuilder *b);  /* new str; frees the buffer */
void kr_strbuilder_discard(KrStrBuilder *b);
#endif
