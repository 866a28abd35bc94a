/* marshalmodule.c — the marshal module: CPython 3.11's binary format for
 * constants (identical bytes for every non-code value, versions 0-4) and
 * krait's own record for code objects (type code 'K'). The writer's sharing
 * rule and the reader's checks are explained in docs/internals/marshal.md. */
#include <gmp.h>
#include "marshalmodule.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../objects/tuple.h"
#include "../objects/list.h"
#include "../objects/dict.h"
#include "../objects/set.h"
#include "../objects/code.h"
#include "../objects/args.h"
#include "../objects/memoryview.h"
#include "../objects/exceptions.h"
#include "../vm/err.h"
#include "../vm/state.h"
#include "../memory/mem.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Type codes, as CPython 3.11's marshal.c; a code byte may carry FLAG_REF. */
#define TYPE_NULL '0'
#define TYPE_NONE 'N'
#define TYPE_FALSE 'F'
#define TYPE_TRUE 'T'
#define TYPE_STOPITER 'S'
#define TYPE_ELLIPSIS '.'
#define TYPE_INT 'i'
#define TYPE_INT64 'I'          /* read only: older writers */
#define TYPE_FLOAT 'f'
#define TYPE_BINARY_FLOAT 'g'
#define TYPE_COMPLEX 'x'
#define TYPE_BINARY_COMPLEX 'y'
#define TYPE_LONG 'l'
#define TYPE_STRING 's'
#define TYPE_INTERNED 't'
#define TYPE_REF 'r'
#define TYPE_TUPLE '('
#define TYPE_LIST '['
#define TYPE_DICT '{'
#define TYPE_CODE_CPYTHON 'c'   /* CPython's code layout: rejected as unknown */
#define TYPE_UNICODE 'u'
#define TYPE_UNKNOWN '?'
#define TYPE_SET '<'
#define TYPE_FROZENSET '>'
#define TYPE_ASCII 'a'
#define TYPE_ASCII_INTERNED 'A'
#define TYPE_SMALL_TUPLE ')'
#define TYPE_SHORT_ASCII 'z'
#define TYPE_SHORT_ASCII_INTERNED 'Z'
#define TYPE_KRAIT_CODE 'K'     /* krait's code object (not a CPython code) */
/* Changing the layout of the 'K' record? Bump KR_CODE_FORMAT_REVISION
 * (impmodule.h): it changes the .pyc magic number, so old caches are not
 * read with the new layout. */
#define FLAG_REF 0x80

#define MAX_MARSHAL_STACK_DEPTH 2000
#define SIZE32_MAX 0x7FFFFFFF

/* Longs are written in base 2**15 digits, as CPython does on every platform. */
#define MARSHAL_SHIFT 15

/* ===========================================================================
 * Writing
 * ======================================================================== */

enum { WFERR_OK, WFERR_UNMARSHALLABLE, WFERR_NESTEDTOODEEP, WFERR_NOMEMORY };

/* The objects already written with FLAG_REF, by address: an open-addressing
 * table holding a reference to each key (as CPython's writer does, which
 * matters: the extra reference is visible to the refcount test of w_ref). */
typedef struct {
    KrObject **keys;
    int *values;
    size_t cap, used;
} RefTable;

typedef struct {
    char *buf;
    ssize_t len, cap;
    int version;
    int depth;
    int error;
    RefTable *refs;      /* NULL below version 3 */
} WFile;

static size_t reftable_slot(RefTable *t, KrObject *key)
{
    size_t h = ((uintptr_t)key >> 4) * 0x9E3779B97F4A7C15ULL;
    size_t mask = t->cap - 1;
    size_t i = h & mask;
    while (t->keys[i] && t->keys[i] != key) i = (i + 1) & mask;
    return i;
}

/* Index of key, or -1 if absent. */
static int reftable_get(RefTable *t, KrObject *key)
{
    if (!t->cap) return -1;
    size_t i = reftable_slot(t, key);
    return t->keys[i] ? t->values[i] : -1;
}

/* Adds key (taking a new reference) with the next index. 0, or -1 (no memory). */
static int reftable_add(RefTable *t, KrObject *key, int index)
{
    if ((t->used + 1) * 2 > t->cap) {
        size_t ncap = t->cap ? t->cap * 2 : 64;
        KrObject **nk = kr_raw_calloc(ncap, sizeof(KrObject *));
        int *nv = kr_raw_calloc(ncap, sizeof(int));
        if (!nk || !nv) {
            kr_raw_free(nk);
            kr_raw_free(nv);
            return -1;
        }
        RefTable old = *t;
        t->keys = nk;
        t->values = nv;
        t->cap = ncap;
        for (size_t i = 0; i < old.cap; i++) {
            if (!old.keys[i]) continue;
            size_t j = reftable_slot(t, old.keys[i]);
            t->keys[j] = old.keys[i];
            t->values[j] = old.values[i];
        }
        kr_raw_free(old.keys);
        kr_raw_free(old.values);
    }
    size_t i = reftable_slot(t, key);
    t->keys[i] = kr_newref(key);
    t->values[i] = index;
    t->used++;
    return 0;
}

static void reftable_clear(RefTable *t)
{
    for (size_t i = 0; i < t->cap; i++)
        if (t->keys[i]) KR_DECREF(t->keys[i]);
    kr_raw_free(t->keys);
    kr_raw_free(t->values);
    t->keys = NULL;
    t->values = NULL;
    t->cap = t->used = 0;
}

static int w_reserve(WFile *p, ssize_t n)
{
    if (p->len + n <= p->cap) return 0;
    ssize_t ncap = p->cap ? p->cap : 64;
    while (ncap < p->len + n) {
        if (ncap > ((ssize_t)1 << 60)) { p->error = WFERR_NOMEMORY; return -1; }
        ncap *= 2;
    }
    char *nb = kr_raw_realloc(p->buf, (size_t)ncap);
    if (!nb) {
        p->error = WFERR_NOMEMORY;
        return -1;
    }
    p->buf = nb;
    p->cap = ncap;
    return 0;
}

static void w_byte(int c, WFile *p)
{
    if (w_reserve(p, 1) < 0) return;
    p->buf[p->len++] = (char)c;
}

static void w_bytes(const void *s, ssize_t n, WFile *p)
{
    if (n <= 0 || w_reserve(p, n) < 0) return;
    memcpy(p->buf + p->len, s, (size_t)n);
    p->len += n;
}

static void w_short(int x, WFile *p)
{
    w_byte(x & 0xFF, p);
    w_byte((x >> 8) & 0xFF, p);
}

static void w_long(int32_t x, WFile *p)
{
    uint32_t u = (uint32_t)x;
    w_byte((int)(u & 0xFF), p);
    w_byte((int)((u >> 8) & 0xFF), p);
    w_byte((int)((u >> 16) & 0xFF), p);
    w_byte((int)((u >> 24) & 0xFF), p);
}

/* A size as a 32-bit count; larger objects cannot be marshalled. */
static int w_size(ssize_t n, WFile *p)
{
    if (n > SIZE32_MAX) {
        p->depth--;
        p->error = WFERR_UNMARSHALLABLE;
        return -1;
    }
    w_long((int32_t)n, p);
    return 0;
}

static void w_pstring(const void *s, ssize_t n, WFile *p)
{
    if (w_size(n, p) < 0) return;
    w_bytes(s, n, p);
}

static void w_short_pstring(const void *s, ssize_t n, WFile *p)
{
    w_byte((int)n, p);
    w_bytes(s, n, p);
}

/* The 8 bytes of an IEEE double, little-endian. */
static void w_float_bin(double v, WFile *p)
{
    uint64_t bits;
    memcpy(&bits, &v, 8);
    for (int i = 0; i < 8; i++) w_byte((int)((bits >> (8 * i)) & 0xFF), p);
}

/* Versions 0 and 1: repr-like text with 17 significant digits ('g' format),
 * "inf", "-inf" and "nan" (without sign) as CPython writes them. */
static void w_float_str(double v, WFile *p)
{
    char buf[40];
    if (isnan(v)) strcpy(buf, "nan");
    else if (isinf(v)) strcpy(buf, v > 0 ? "inf" : "-inf");
    else snprintf(buf, sizeof buf, "%.17g", v);
    w_short_pstring(buf, (ssize_t)strlen(buf), p);
}

static void w_object(KrObject *v, WFile *p);

#define W_TYPE(t, p) w_byte((t) | flag, (p))

/* An int too large for TYPE_INT: its magnitude in base 2**15 digits, least
 * significant first, preceded by the signed digit count. */
static void w_pylong(KrObject *v, char flag, WFile *p)
{
    W_TYPE(TYPE_LONG, p);
    __mpz_struct tmp;
    mp_limb_t limb;
    mpz_srcptr z = kr_int_mpz_view(v, &tmp, &limb);
    int sign = mpz_sgn(z);
    if (sign == 0) {
        w_long(0, p);
        return;
    }
    size_t bits = mpz_sizeinbase(z, 2);
    size_t ndigits = (bits + MARSHAL_SHIFT - 1) / MARSHAL_SHIFT;
    if (ndigits > SIZE32_MAX) {
        p->depth--;
        p->error = WFERR_UNMARSHALLABLE;
        return;
    }
    uint16_t *digits = kr_raw_alloc(ndigits * sizeof(uint16_t));
    if (!digits) {
        p->error = WFERR_NOMEMORY;
        return;
    }
    size_t count = 0;
    /* order -1: least significant word first; nails 1: 15 bits per word */
    mpz_export(digits, &count, -1, sizeof(uint16_t), 0, 1, z);
    w_long(sign > 0 ? (int32_t)count : -(int32_t)count, p);
    for (size_t i = 0; i < count; i++) w_short(digits[i], p);
    kr_raw_free(digits);
}

/* If v was written before, writes a TYPE_REF to it and returns 1. Otherwise
 * returns 0, after remembering v and setting FLAG_REF in *flag when v may be
 * shared: CPython 3.11 skips objects whose reference count is 1 (nobody
 * else can hold them), except interned strings. */
static int w_ref(KrObject *v, char *flag, WFile *p)
{
    if (p->version < 3 || !p->refs) return 0;
    if (KR_REFCNT(v) == 1 && !(KR_STR_CHECK_EXACT(v) && ((KrStrObject *)v)->interned))
        return 0;
    int w = reftable_get(p->refs, v);
    if (w >= 0) {
        w_byte(TYPE_REF, p);
        w_long(w, p);
        return 1;
    }
    size_t s = p->refs->used;
    if (s >= SIZE32_MAX) {
        kr_err_set_string(kr_exc_ValueError, "too many objects");
        p->error = WFERR_NOMEMORY;
        return 0;
    }
    if (reftable_add(p->refs, v, (int)s) < 0) {
        p->error = WFERR_NOMEMORY;
        return 0;
    }
    *flag |= (char)FLAG_REF;
    return 0;
}

static void w_str(KrObject *v, char flag, WFile *p)
{
    int interned = ((KrStrObject *)v)->interned != 0;
    if (p->version >= 4 && KR_STR_IS_ASCII(v)) {
        ssize_t n = KR_STR_LEN(v);
        if (n < 256) {
            W_TYPE(interned ? TYPE_SHORT_ASCII_INTERNED : TYPE_SHORT_ASCII, p);
            w_short_pstring(KR_STR_DATA(v), n, p);
        } else {
            W_TYPE(interned ? TYPE_ASCII_INTERNED : TYPE_ASCII, p);
            w_pstring(KR_STR_DATA(v), n, p);
        }
        return;
    }
    KrObject *utf8 = kr_str_encode(v, "utf-8", "surrogatepass");
    if (!utf8) {
        kr_err_clear();
        p->depth--;
        p->error = WFERR_UNMARSHALLABLE;
        return;
    }
    W_TYPE(p->version >= 3 && interned ? TYPE_INTERNED : TYPE_UNICODE, p);
    w_pstring(KR_BYTES_DATA(utf8), KR_BYTES_LEN(utf8), p);
    KR_DECREF(utf8);
}

/* Sets and frozensets are written in the order of sorted(v, key=dumps), so
 * the bytes do not depend on hash randomization (as CPython, bpo-37596). */
static void w_anyset(KrObject *v, char flag, WFile *p)
{
    W_TYPE(KR_TYPE(v) == &kr_frozenset_type ? TYPE_FROZENSET : TYPE_SET, p);
    ssize_t n = kr_set_size(v);
    if (w_size(n, p) < 0) return;
    KrObject *pairs = kr_list_new(n);
    if (!pairs) {
        kr_err_clear();
        p->error = WFERR_NOMEMORY;
        return;
    }
    for (ssize_t i = 0; i < n; i++) KR_LIST_SET_STEAL(pairs, i, kr_newref(KR_NONE));
    ssize_t pos = 0, i = 0;
    KrObject *value;
    kr_hash_t hash;
    while (i < n && kr_set_next(v, &pos, &value, &hash)) {
        KrObject *dump = kr_marshal_dumps(value, p->version);
        if (!dump) {
            kr_err_clear();
            p->error = WFERR_UNMARSHALLABLE;
            KR_DECREF(pairs);
            return;
        }
        KrObject *pair = kr_tuple_pack(2, dump, value);
        KR_DECREF(dump);
        if (!pair) {
            kr_err_clear();
            p->error = WFERR_NOMEMORY;
            KR_DECREF(pairs);
            return;
        }
        kr_list_set_steal(pairs, i++, pair);
    }
    if (kr_list_sort(pairs) < 0) {
        kr_err_clear();
        p->error = WFERR_NOMEMORY;
        KR_DECREF(pairs);
        return;
    }
    for (ssize_t k = 0; k < i; k++)
        w_object(KR_TUPLE_GET(KR_LIST_GET(pairs, k), 1), p);
    KR_DECREF(pairs);
}

/* krait's code record: the counts, then the objects in CPython's field order
 * (see docs/internals/marshal.md). co_code is written as compiled (inline
 * caches zeroed, quickened opcodes mapped back), as its getter returns it. */
static void w_code(KrObject *v, char flag, WFile *p)
{
    KrCodeObject *co = (KrCodeObject *)v;
    KrObject *code = kr_object_getattr_str(v, "co_code");
    if (!code) {
        kr_err_clear();
        p->error = WFERR_NOMEMORY;
        return;
    }
    W_TYPE(TYPE_KRAIT_CODE, p);
    w_long(co->co_argcount, p);
    w_long(co->co_posonlyargcount, p);
    w_long(co->co_kwonlyargcount, p);
    w_long(co->co_stacksize, p);
    w_long(co->co_flags, p);
    w_object(code, p);
    w_object(co->co_consts, p);
    w_object(co->co_names, p);
    w_object(co->co_localsplusnames, p);
    w_object(co->co_localspluskinds, p);
    w_object(co->co_filename, p);
    w_object(co->co_name, p);
    w_object(co->co_qualname, p);
    w_long(co->co_firstlineno, p);
    w_object(co->co_linetable, p);
    w_object(co->co_exceptiontable, p);
    KR_DECREF(code);
}

static void w_complex_object(KrObject *v, char flag, WFile *p)
{
    KrTypeObject *tp = KR_TYPE(v);
    if (tp == &kr_int_type) {
        if (KR_INT_IS_SMALL(v) && KR_INT_SMALL_VALUE(v) >= INT32_MIN &&
            KR_INT_SMALL_VALUE(v) <= INT32_MAX) {
            W_TYPE(TYPE_INT, p);
            w_long((int32_t)KR_INT_SMALL_VALUE(v), p);
        } else {
            w_pylong(v, flag, p);
        }
    } else if (tp == &kr_float_type) {
        if (p->version > 1) {
            W_TYPE(TYPE_BINARY_FLOAT, p);
            w_float_bin(KR_FLOAT_VALUE(v), p);
        } else {
            W_TYPE(TYPE_FLOAT, p);
            w_float_str(KR_FLOAT_VALUE(v), p);
        }
    } else if (tp == &kr_complex_type) {
        KrComplexObject *c = (KrComplexObject *)v;
        if (p->version > 1) {
            W_TYPE(TYPE_BINARY_COMPLEX, p);
            w_float_bin(c->real, p);
            w_float_bin(c->imag, p);
        } else {
            W_TYPE(TYPE_COMPLEX, p);
            w_float_str(c->real, p);
            w_float_str(c->imag, p);
        }
    } else if (tp == &kr_bytes_type) {
        W_TYPE(TYPE_STRING, p);
        w_pstring(KR_BYTES_DATA(v), KR_BYTES_LEN(v), p);
    } else if (tp == &kr_str_type) {
        w_str(v, flag, p);
    } else if (tp == &kr_tuple_type) {
        ssize_t n = KR_SIZE(v);
        if (p->version >= 4 && n < 256) {
            W_TYPE(TYPE_SMALL_TUPLE, p);
            w_byte((int)n, p);
        } else {
            W_TYPE(TYPE_TUPLE, p);
            if (w_size(n, p) < 0) return;
        }
        for (ssize_t i = 0; i < n; i++) w_object(KR_TUPLE_GET(v, i), p);
    } else if (tp == &kr_list_type) {
        W_TYPE(TYPE_LIST, p);
        ssize_t n = KR_SIZE(v);
        if (w_size(n, p) < 0) return;
        /* the list may shrink while items are written (a __del__ run by
         * the writer's own decrefs cannot, but be safe) */
        for (ssize_t i = 0; i < KR_SIZE(v) && i < n; i++) w_object(KR_LIST_GET(v, i), p);
    } else if (tp == &kr_dict_type) {
        W_TYPE(TYPE_DICT, p);
        ssize_t pos = 0;
        KrObject *key, *value;
        while (kr_dict_next(v, &pos, &key, &value)) {
            w_object(key, p);
            w_object(value, p);
        }
        w_object(NULL, p);   /* the dict ends with TYPE_NULL */
    } else if (tp == &kr_set_type || tp == &kr_frozenset_type) {
        w_anyset(v, flag, p);
    } else if (tp == &kr_code_type) {
        w_code(v, flag, p);
    } else if (kr_object_check_buffer(v)) {
        /* any other bytes-like object (bytearray, memoryview ...) as bytes */
        KrBuffer view;
        if (kr_object_get_buffer(v, &view, KR_BUF_SIMPLE) != 0) {
            kr_err_clear();
            w_byte(TYPE_UNKNOWN, p);
            p->depth--;
            p->error = WFERR_UNMARSHALLABLE;
            return;
        }
        W_TYPE(TYPE_STRING, p);
        w_pstring(view.buf, view.len, p);
        kr_buffer_release(&view);
    } else {
        W_TYPE(TYPE_UNKNOWN, p);
        p->error = WFERR_UNMARSHALLABLE;
    }
}

/* After an error, CPython's writer keeps walking the value (the last error
 * decides the message). krait does too, but only for a bounded number of
 * objects shared by all nested dumps: data made by loads() can be a graph
 * whose walk without references never ends. */
#define W_AFTER_ERROR_BUDGET 100000
static long w_after_error_budget;
static int w_nesting;

static void w_object(KrObject *v, WFile *p)
{
    char flag = 0;
    if (p->error != WFERR_OK && --w_after_error_budget < 0) return;
    p->depth++;
    /* The C stack guard matters because the sort keys of set elements are
     * written by nested dumps that start again at depth 0 (as in CPython):
     * data made by loads() can nest those without bound. RecursionError
     * stays set and dumps() returns it. */
    if (kr_stack_check() < 0) p->error = WFERR_NOMEMORY;
    else if (p->depth > MAX_MARSHAL_STACK_DEPTH) p->error = WFERR_NESTEDTOODEEP;
    else if (v == NULL) w_byte(TYPE_NULL, p);
    else if (v == KR_NONE) w_byte(TYPE_NONE, p);
    else if (v == kr_exc_StopIteration) w_byte(TYPE_STOPITER, p);
    else if (v == KR_ELLIPSIS) w_byte(TYPE_ELLIPSIS, p);
    else if (v == KR_FALSE) w_byte(TYPE_FALSE, p);
    else if (v == KR_TRUE) w_byte(TYPE_TRUE, p);
    else if (!w_ref(v, &flag, p)) w_complex_object(v, flag, p);
    p->depth--;
}

KrObject *kr_marshal_dumps(KrObject *v, int version)
{
    WFile wf;
    RefTable refs = { NULL, NULL, 0, 0 };
    memset(&wf, 0, sizeof wf);
    wf.version = version;
    if (version >= 3) wf.refs = &refs;
    if (w_nesting++ == 0) w_after_error_budget = W_AFTER_ERROR_BUDGET;
    if (w_reserve(&wf, 50) == 0) w_object(v, &wf);
    w_nesting--;
    reftable_clear(&refs);
    if (wf.error != WFERR_OK) {
        kr_raw_free(wf.buf);
        if (kr_err_occurred()) return NULL;
        if (wf.error == WFERR_NOMEMORY) return kr_err_no_memory();
        kr_err_set_string(kr_exc_ValueError, wf.error == WFERR_UNMARSHALLABLE
                          ? "unmarshallable object" : "object too deeply nested to marshal");
        return NULL;
    }
    KrObject *r = kr_bytes_from(wf.buf, wf.len);
    kr_raw_free(wf.buf);
    return r;
}

/* ===========================================================================
 * Reading
 * ======================================================================== */

typedef struct {
    const unsigned char *ptr, *end;  /* loads(): the data; ptr NULL for load(file) */
    KrObject *readable;              /* load(): the file (borrowed) */
    char *buf;                       /* load(): the last bytes read */
    ssize_t buf_size;
    int depth;
    KrObject *refs;                  /* list of objects stored with FLAG_REF */
} RFile;

/* file.readinto(memoryview of a bytearray of n bytes), copied to dst: 0, or
 * -1 with the file's exception, ValueError (too much data) or EOFError. */
#define R_FILE_CHUNK ((ssize_t)1 << 20)
static int r_readinto(RFile *p, char *dst, ssize_t n)
{
    KrObject *ba = kr_bytearray_from(NULL, n);
    if (!ba) return -1;
    memset(KR_BYTEARRAY_DATA(ba), 0, (size_t)n);   /* a lying readinto shows zeros */
    KrObject *mv = kr_memoryview_from_object(ba);
    if (!mv) {
        KR_DECREF(ba);
        return -1;
    }
    KrObject *res = kr_object_call_method_str(p->readable, "readinto", &mv, 1);
    ssize_t got = -1;
    if (res) {
        got = kr_number_as_ssize(res, kr_exc_ValueError);
        KR_DECREF(res);
    }
    /* release the view so the bytearray can go (errors here are ignored) */
    KrObject *exc = kr_err_fetch();
    KrObject *rel = kr_object_call_method_str(mv, "release", NULL, 0);
    KR_XDECREF(rel);
    kr_err_clear();
    if (exc) kr_err_restore(exc);
    KR_DECREF(mv);
    if (got >= 0 && got <= n && got <= KR_BYTEARRAY_LEN(ba))
        memcpy(dst, KR_BYTEARRAY_DATA(ba), (size_t)got);
    KR_DECREF(ba);
    if (got == n) return 0;
    if (!kr_err_occurred()) {
        if (got > n)
            kr_err_format(kr_exc_ValueError,
                          "read() returned too much data: %zd bytes requested, %zd returned", n, got);
        else
            kr_err_set_string(kr_exc_EOFError, "EOF read where not expected");
    }
    return -1;
}

/* The next n bytes (n >= 0), or NULL with EOFError. From memory they point
 * into the data; from a file they are valid until the next read. */
static const char *r_string(ssize_t n, RFile *p)
{
    if (p->ptr) {
        if (p->end - p->ptr < n) {
            kr_err_set_string(kr_exc_EOFError, "marshal data too short");
            return NULL;
        }
        const char *res = (const char *)p->ptr;
        p->ptr += n;
        return res;
    }
    if (!p->readable) {
        kr_err_set_string(kr_exc_EOFError, "marshal data too short");
        return NULL;
    }
    /* One readinto() call, as CPython, except that sizes above 1 MiB are
     * read 1 MiB at a time: a size field that lies costs no more memory
     * than the file really holds. */
    ssize_t done = 0;
    do {
        ssize_t chunk = n - done < R_FILE_CHUNK ? n - done : R_FILE_CHUNK;
        if (done + chunk > p->buf_size) {
            char *nb = kr_raw_realloc(p->buf, (size_t)(done + chunk) + 1);
            if (!nb) {
                kr_err_no_memory();
                return NULL;
            }
            p->buf = nb;
            p->buf_size = done + chunk;
        }
        if (r_readinto(p, p->buf + done, chunk) < 0) return NULL;
        done += chunk;
    } while (done < n);
    return p->buf;
}

/* The next byte, or EOF (-1); from a file, EOF also sets an exception that
 * the caller replaces. */
static int r_byte(RFile *p)
{
    if (p->ptr) {
        if (p->ptr < p->end) return *p->ptr++;
        return EOF;
    }
    const char *s = r_string(1, p);
    return s ? (unsigned char)*s : EOF;
}

/* A signed 16-bit value; -1 with an exception on EOF (check kr_err_occurred). */
static int r_short(RFile *p)
{
    const unsigned char *b = (const unsigned char *)r_string(2, p);
    if (!b) return -1;
    return (int16_t)(uint16_t)(b[0] | (b[1] << 8));
}

/* A signed 32-bit value; -1 with an exception on EOF (check kr_err_occurred). */
static long r_long(RFile *p)
{
    const unsigned char *b = (const unsigned char *)r_string(4, p);
    if (!b) return -1;
    uint32_t u = (uint32_t)b[0] | ((uint32_t)b[1] << 8) | ((uint32_t)b[2] << 16) |
                 ((uint32_t)b[3] << 24);
    return (int32_t)u;
}

static KrObject *r_long64(RFile *p)
{
    const unsigned char *b = (const unsigned char *)r_string(8, p);
    if (!b) return NULL;
    uint64_t u = 0;
    for (int i = 7; i >= 0; i--) u = (u << 8) | b[i];
    return kr_int_from_i64((int64_t)u);
}

static KrObject *r_pylong(RFile *p)
{
    long n = r_long(p);
    if (n == -1 && kr_err_occurred()) return NULL;
    if (n == 0) return kr_int_from_i64(0);
    if (n < -SIZE32_MAX || n > SIZE32_MAX) {
        kr_err_set_string(kr_exc_ValueError, "bad marshal data (long size out of range)");
        return NULL;
    }
    size_t count = (size_t)(n < 0 ? -n : n);
    /* the digits are collected as they are read, so a lying count costs
     * nothing before the data runs out */
    size_t cap = count < 64 ? count : 64;
    uint16_t *digits = kr_raw_alloc(cap * sizeof(uint16_t));
    if (!digits) return kr_err_no_memory();
    KrObject *result = NULL;
    for (size_t i = 0; i < count; i++) {
        int md = r_short(p);
        if (kr_err_occurred()) goto done;
        if (md < 0) {
            kr_err_set_string(kr_exc_ValueError, "bad marshal data (digit out of range in long)");
            goto done;
        }
        if (md == 0 && i == count - 1) {
            kr_err_set_string(kr_exc_ValueError, "bad marshal data (unnormalized long data)");
            goto done;
        }
        if (i == cap) {
            size_t ncap = cap * 2 < count ? cap * 2 : count;
            uint16_t *nd = kr_raw_realloc(digits, ncap * sizeof(uint16_t));
            if (!nd) {
                kr_err_no_memory();
                goto done;
            }
            digits = nd;
            cap = ncap;
        }
        digits[i] = (uint16_t)md;
    }
    if (count <= 4) {   /* at most 60 bits: an inline int */
        int64_t x = 0;
        for (size_t i = count; i-- > 0;) x = (x << MARSHAL_SHIFT) | digits[i];
        result = kr_int_from_i64(n < 0 ? -x : x);
    } else {
        mpz_t z;
        mpz_init(z);
        mpz_import(z, count, -1, sizeof(uint16_t), 0, 1, digits);
        if (n < 0) mpz_neg(z, z);
        result = kr_int_from_mpz_steal(z);
    }
done:
    kr_raw_free(digits);
    return result;
}

/* PyOS_string_to_double without an end pointer: the whole (NUL-terminated)
 * text must be [sign] (digits [. digits] | . digits) [e [sign] digits], or
 * [sign] inf / infinity / nan in any case. */
static int float_text_valid(const char *s)
{
    if (*s == '+' || *s == '-') s++;
    if (!strcasecmp(s, "inf") || !strcasecmp(s, "infinity") || !strcasecmp(s, "nan")) return 1;
    int digits = 0;
    while (*s >= '0' && *s <= '9') { s++; digits++; }
    if (*s == '.') {
        s++;
        while (*s >= '0' && *s <= '9') { s++; digits++; }
    }
    if (!digits) return 0;
    if (*s == 'e' || *s == 'E') {
        s++;
        if (*s == '+' || *s == '-') s++;
        if (!(*s >= '0' && *s <= '9')) return 0;
        while (*s >= '0' && *s <= '9') s++;
    }
    return *s == '\0';
}

/* A float written as text (versions 0 and 1): a length byte and the text. */
static int r_float_str(RFile *p, double *out)
{
    int n = r_byte(p);
    if (n == EOF) {
        kr_err_set_string(kr_exc_EOFError, "EOF read where object expected");
        return -1;
    }
    const char *ptr = r_string(n, p);
    if (!ptr) return -1;
    char buf[257];
    memcpy(buf, ptr, (size_t)n);
    buf[n] = '\0';
    if (!float_text_valid(buf)) {
        KrObject *text = kr_str_decode(buf, (ssize_t)strlen(buf), "utf-8", "replace");
        if (!text) return -1;
        if (KR_STR_LEN(text) > 200) {
            KrObject *cut = kr_str_substring(text, 0, 200);
            KR_DECREF(text);
            if (!cut) return -1;
            text = cut;
        }
        kr_err_format(kr_exc_ValueError, "could not convert string to float: '%U'", text);
        KR_DECREF(text);
        return -1;
    }
    const char *s = buf + (buf[0] == '+' || buf[0] == '-');
    int neg = buf[0] == '-';
    if (*s == 'n' || *s == 'N') *out = neg ? -NAN : NAN;
    else if (*s == 'i' || *s == 'I') *out = neg ? -INFINITY : INFINITY;
    else *out = strtod(buf, NULL);
    return 0;
}

static double r_float_bin(const unsigned char *b)
{
    uint64_t u = 0;
    for (int i = 7; i >= 0; i--) u = (u << 8) | b[i];
    double d;
    memcpy(&d, &u, 8);
    return d;
}

/* Registers o (stolen and returned) in the reference list when flag is set;
 * NULL on failure. */
static KrObject *r_ref(KrObject *o, int flag, RFile *p)
{
    if (!o || !flag) return o;
    if (kr_list_append(p->refs, o) < 0) {
        KR_DECREF(o);
        return NULL;
    }
    return o;
}

/* Reserves a reference slot (holding None until r_ref_insert) for an object
 * that must be complete before it is shared (frozenset, code). Returns the
 * index, 0 when flag is clear, -1 on failure. */
static ssize_t r_ref_reserve(int flag, RFile *p)
{
    if (!flag) return 0;
    ssize_t idx = KR_SIZE(p->refs);
    if (idx >= SIZE32_MAX - 1) {
        kr_err_set_string(kr_exc_ValueError, "bad marshal data (index list too large)");
        return -1;
    }
    if (kr_list_append(p->refs, KR_NONE) < 0) return -1;
    return idx;
}

static KrObject *r_ref_insert(KrObject *o, ssize_t idx, int flag, RFile *p)
{
    if (o && flag) {
        if (idx < KR_SIZE(p->refs)) kr_list_set_steal(p->refs, idx, kr_newref(o));
    }
    return o;
}

static KrObject *r_object(RFile *p);

/* A size field: 0..SIZE32_MAX, else -1 with ValueError "bad marshal data
 * (<what> size out of range)" or the EOF error. */
static ssize_t r_size(RFile *p, const char *what)
{
    long n = r_long(p);
    if (n == -1 && kr_err_occurred()) return -1;
    if (n < 0 || n > SIZE32_MAX) {
        kr_err_format(kr_exc_ValueError, "bad marshal data (%s size out of range)", what);
        return -1;
    }
    return n;
}

/* Preallocation bound for a container of n items: from memory, each item
 * takes at least one byte, so more slots than bytes left can never be
 * filled (the read fails first); the slots hold None until filled. */
static ssize_t r_prealloc(ssize_t n, RFile *p)
{
    if (p->ptr && n > p->end - p->ptr) return (p->end - p->ptr) + 1;
    return n;
}

static KrObject *r_code(int flag, RFile *p)
{
    ssize_t idx = r_ref_reserve(flag, p);
    if (idx < 0) return NULL;
    KrObject *code = NULL, *consts = NULL, *names = NULL, *lpnames = NULL, *lpkinds = NULL;
    KrObject *filename = NULL, *name = NULL, *qualname = NULL, *linetable = NULL, *exctable = NULL;
    KrObject *result = NULL;
    KrCodeUnit *units = NULL;
    long ints[6];
    for (int i = 0; i < 5; i++) {
        ints[i] = r_long(p);
        if (kr_err_occurred()) goto done;
    }
    if (!(code = r_object(p))) goto done;
    if (!(consts = r_object(p))) goto done;
    if (!(names = r_object(p))) goto done;
    if (!(lpnames = r_object(p))) goto done;
    if (!(lpkinds = r_object(p))) goto done;
    if (!(filename = r_object(p))) goto done;
    if (!(name = r_object(p))) goto done;
    if (!(qualname = r_object(p))) goto done;
    ints[5] = r_long(p);
    if (kr_err_occurred()) goto done;
    if (!(linetable = r_object(p))) goto done;
    if (!(exctable = r_object(p))) goto done;
    if (!KR_BYTES_CHECK_EXACT(code) || KR_BYTES_LEN(code) % 2 != 0) {
        kr_err_set_string(kr_exc_ValueError, "bad marshal data (code: co_code)");
        goto done;
    }
    if (!KR_TUPLE_CHECK_EXACT(consts) || !KR_TUPLE_CHECK_EXACT(names) ||
        !KR_TUPLE_CHECK_EXACT(lpnames) || !KR_BYTES_CHECK_EXACT(lpkinds) ||
        !KR_STR_CHECK_EXACT(filename) || !KR_STR_CHECK_EXACT(name) ||
        !KR_STR_CHECK_EXACT(qualname) || !KR_BYTES_CHECK_EXACT(linetable) ||
        !KR_BYTES_CHECK_EXACT(exctable) || KR_BYTES_LEN(exctable) % 16 != 0) {
        kr_err_set_string(kr_exc_ValueError, "bad marshal data (code: field types)");
        goto done;
    }
    const unsigned char *kinds = (const unsigned char *)KR_BYTES_DATA(lpkinds);
    ssize_t nlocals = 0;
    for (ssize_t i = 0; i < KR_BYTES_LEN(lpkinds); i++) {
        if (!kinds[i] || (kinds[i] & ~(KR_CO_FAST_LOCAL | KR_CO_FAST_CELL | KR_CO_FAST_FREE))) {
            kr_err_set_string(kr_exc_ValueError, "bad marshal data (code: localspluskinds)");
            goto done;
        }
        if (kinds[i] & KR_CO_FAST_LOCAL) nlocals++;
    }
    /* the parameters are the first local slots (as CPython's code validator
     * requires): a frame must have room for every argument it receives */
    long nparams = ints[0] + ints[2] + ((ints[4] & KR_CO_VARARGS) != 0) +
                   ((ints[4] & KR_CO_VARKEYWORDS) != 0);
    if (ints[0] < 0 || ints[1] < 0 || ints[2] < 0 || ints[3] < 0 || ints[1] > ints[0] ||
        nparams > nlocals) {
        kr_err_set_string(kr_exc_ValueError, "bad marshal data (code: argument counts)");
        goto done;
    }
    for (long i = 0; i < nparams; i++) {
        if (!(kinds[i] & KR_CO_FAST_LOCAL)) {
            kr_err_set_string(kr_exc_ValueError, "bad marshal data (code: argument counts)");
            goto done;
        }
    }
    ssize_t nunits = KR_BYTES_LEN(code) / 2;
    const unsigned char *cb = (const unsigned char *)KR_BYTES_DATA(code);
    units = kr_raw_alloc((size_t)(nunits ? nunits : 1) * sizeof(KrCodeUnit));
    if (!units) {
        kr_err_no_memory();
        goto done;
    }
    for (ssize_t i = 0; i < nunits; i++)
        units[i] = (KrCodeUnit)(cb[2 * i] | (cb[2 * i + 1] << 8));
    KrCodeSpec spec = {
        .argcount = (int)ints[0], .posonlyargcount = (int)ints[1], .kwonlyargcount = (int)ints[2],
        .stacksize = (int)ints[3], .flags = (int)ints[4], .firstlineno = (int)ints[5],
        .code = units, .ncodeunits = nunits,
        .consts = consts, .names = names, .localsplusnames = lpnames, .localspluskinds = lpkinds,
        .filename = filename, .name = name, .qualname = qualname,
        .linetable = linetable, .exceptiontable = exctable,
    };
    result = kr_code_new(&spec);
    if (!result) {
        /* kr_code_new's TypeError/ValueError: report it as bad data */
        KrObject *exc = kr_err_fetch();
        KrObject *msg = exc ? kr_object_str(exc) : NULL;
        KR_XDECREF(exc);
        if (msg) {
            kr_err_format(kr_exc_ValueError, "bad marshal data (%U)", msg);
            KR_DECREF(msg);
        }
        goto done;
    }
    r_ref_insert(result, idx, flag, p);
done:
    kr_raw_free(units);
    KR_XDECREF(code);
    KR_XDECREF(consts);
    KR_XDECREF(names);
    KR_XDECREF(lpnames);
    KR_XDECREF(lpkinds);
    KR_XDECREF(filename);
    KR_XDECREF(name);
    KR_XDECREF(qualname);
    KR_XDECREF(linetable);
    KR_XDECREF(exctable);
    return result;
}

static KrObject *r_str(int type, int flag, RFile *p)
{
    ssize_t n;
    int interned = type == TYPE_INTERNED || type == TYPE_ASCII_INTERNED ||
                   type == TYPE_SHORT_ASCII_INTERNED;
    if (type == TYPE_SHORT_ASCII || type == TYPE_SHORT_ASCII_INTERNED) {
        int c = r_byte(p);
        if (c == EOF) {
            kr_err_set_string(kr_exc_EOFError, "EOF read where object expected");
            return NULL;
        }
        n = c;
    } else {
        n = r_size(p, "string");
        if (n < 0) return NULL;
    }
    KrObject *v;
    if (type == TYPE_UNICODE || type == TYPE_INTERNED) {
        if (n) {
            const char *s = r_string(n, p);
            if (!s) return NULL;
            v = kr_str_decode(s, n, "utf-8", "surrogatepass");
        } else {
            v = kr_newref(kr_str_empty_borrow());
        }
    } else {
        const char *s = r_string(n, p);
        if (!s) return NULL;
        v = kr_str_from_latin1(s, n);
    }
    if (!v) return NULL;
    if (interned && KR_STR_CHECK_EXACT(v)) kr_str_intern_in_place(&v);
    return r_ref(v, flag, p);
}

static KrObject *r_tuple(ssize_t n, int flag, RFile *p)
{
    ssize_t cap = r_prealloc(n, p);
    KrObject *v = kr_tuple_new(cap);
    if (!v) return NULL;
    for (ssize_t i = 0; i < cap; i++) KR_TUPLE_SET_STEAL(v, i, kr_newref(KR_NONE));
    v = r_ref(v, flag, p);
    if (!v) return NULL;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *item = r_object(p);
        if (!item) {
            if (!kr_err_occurred())
                kr_err_set_string(kr_exc_TypeError, "NULL object in marshal data for tuple");
            KR_DECREF(v);
            return NULL;
        }
        if (i >= cap) {   /* cannot happen: see r_prealloc */
            KR_DECREF(item);
            KR_DECREF(v);
            kr_err_set_string(kr_exc_EOFError, "marshal data too short");
            return NULL;
        }
        KR_SETREF(KR_TUPLE_ITEMS(v)[i], item);
    }
    return v;
}

static KrObject *r_list(ssize_t n, int flag, RFile *p)
{
    ssize_t cap = r_prealloc(n, p);
    KrObject *v = kr_list_new(cap);
    if (!v) return NULL;
    for (ssize_t i = 0; i < cap; i++) KR_LIST_SET_STEAL(v, i, kr_newref(KR_NONE));
    v = r_ref(v, flag, p);
    if (!v) return NULL;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *item = r_object(p);
        if (!item) {
            if (!kr_err_occurred())
                kr_err_set_string(kr_exc_TypeError, "NULL object in marshal data for list");
            KR_DECREF(v);
            return NULL;
        }
        if (i >= KR_SIZE(v)) {
            if (kr_list_append_steal(v, item) < 0) {
                KR_DECREF(v);
                return NULL;
            }
        } else if (kr_list_set_steal(v, i, item) < 0) {
            KR_DECREF(v);
            return NULL;
        }
    }
    return v;
}

static KrObject *r_dict(int flag, RFile *p)
{
    KrObject *v = kr_dict_new();
    if (!v) return NULL;
    v = r_ref(v, flag, p);
    if (!v) return NULL;
    for (;;) {
        KrObject *key = r_object(p);
        if (!key) break;
        KrObject *val = r_object(p);
        if (!val) {
            KR_DECREF(key);
            break;
        }
        int rc = kr_dict_set_item(v, key, val);
        KR_DECREF(key);
        KR_DECREF(val);
        if (rc < 0) break;
    }
    if (kr_err_occurred()) {
        KR_DECREF(v);
        return NULL;
    }
    return v;
}

static KrObject *r_anyset(int type, int flag, RFile *p)
{
    ssize_t n = r_size(p, "set");
    if (n < 0) return NULL;
    KrObject *v;
    ssize_t idx = 0;
    if (n == 0 && type == TYPE_FROZENSET) {
        v = kr_frozenset_new(NULL);
        return r_ref(v, flag, p);
    }
    if (type == TYPE_SET) {
        v = kr_set_new(NULL);
        v = r_ref(v, flag, p);
        if (!v) return NULL;
    } else {
        /* a frozenset is shared only once complete */
        v = kr_frozenset_new(NULL);
        if (!v) return NULL;
        idx = r_ref_reserve(flag, p);
        if (idx < 0) {
            KR_DECREF(v);
            return NULL;
        }
    }
    for (ssize_t i = 0; i < n; i++) {
        KrObject *item = r_object(p);
        if (!item) {
            if (!kr_err_occurred())
                kr_err_set_string(kr_exc_TypeError, "NULL object in marshal data for set");
            KR_DECREF(v);
            return NULL;
        }
        int rc = kr_set_add(v, item);
        KR_DECREF(item);
        if (rc < 0) {
            KR_DECREF(v);
            return NULL;
        }
    }
    if (type == TYPE_FROZENSET) r_ref_insert(v, idx, flag, p);
    return v;
}

static KrObject *r_object(RFile *p)
{
    p->depth++;
    if (p->depth > MAX_MARSHAL_STACK_DEPTH) {
        p->depth--;
        kr_err_set_string(kr_exc_ValueError, "recursion limit exceeded");
        return NULL;
    }
    int code = r_byte(p);
    if (code == EOF) {
        kr_err_set_string(kr_exc_EOFError, "EOF read where object expected");
        p->depth--;
        return NULL;
    }
    int flag = code & FLAG_REF;
    int type = code & ~FLAG_REF;
    KrObject *v = NULL;
    switch (type) {
    case TYPE_NULL:
        break;
    case TYPE_NONE:
        v = kr_newref(KR_NONE);
        break;
    case TYPE_STOPITER:
        v = kr_newref(kr_exc_StopIteration);
        break;
    case TYPE_ELLIPSIS:
        v = kr_newref(KR_ELLIPSIS);
        break;
    case TYPE_FALSE:
        v = kr_newref(KR_FALSE);
        break;
    case TYPE_TRUE:
        v = kr_newref(KR_TRUE);
        break;
    case TYPE_INT: {
        long n = r_long(p);
        if (n == -1 && kr_err_occurred()) break;
        v = r_ref(kr_int_from_i64(n), flag, p);
        break;
    }
    case TYPE_INT64:
        v = r_ref(r_long64(p), flag, p);
        break;
    case TYPE_LONG:
        v = r_ref(r_pylong(p), flag, p);
        break;
    case TYPE_FLOAT: {
        double d;
        if (r_float_str(p, &d) < 0) break;
        v = r_ref(kr_float_from_double(d), flag, p);
        break;
    }
    case TYPE_BINARY_FLOAT: {
        const unsigned char *b = (const unsigned char *)r_string(8, p);
        if (!b) break;
        v = r_ref(kr_float_from_double(r_float_bin(b)), flag, p);
        break;
    }
    case TYPE_COMPLEX: {
        double re, im;
        if (r_float_str(p, &re) < 0 || r_float_str(p, &im) < 0) break;
        v = r_ref(kr_complex_from_doubles(re, im), flag, p);
        break;
    }
    case TYPE_BINARY_COMPLEX: {
        const unsigned char *b = (const unsigned char *)r_string(8, p);
        if (!b) break;
        double re = r_float_bin(b);
        b = (const unsigned char *)r_string(8, p);
        if (!b) break;
        v = r_ref(kr_complex_from_doubles(re, r_float_bin(b)), flag, p);
        break;
    }
    case TYPE_STRING: {
        ssize_t n = r_size(p, "bytes object");
        if (n < 0) break;
        const char *s = r_string(n, p);
        if (!s) break;
        v = r_ref(kr_bytes_from(s, n), flag, p);
        break;
    }
    case TYPE_UNICODE:
    case TYPE_INTERNED:
    case TYPE_ASCII:
    case TYPE_ASCII_INTERNED:
    case TYPE_SHORT_ASCII:
    case TYPE_SHORT_ASCII_INTERNED:
        v = r_str(type, flag, p);
        break;
    case TYPE_SMALL_TUPLE: {
        int n = r_byte(p);
        if (n == EOF) {
            kr_err_set_string(kr_exc_EOFError, "EOF read where object expected");
            break;
        }
        v = r_tuple(n, flag, p);
        break;
    }
    case TYPE_TUPLE: {
        ssize_t n = r_size(p, "tuple");
        if (n < 0) break;
        v = r_tuple(n, flag, p);
        break;
    }
    case TYPE_LIST: {
        ssize_t n = r_size(p, "list");
        if (n < 0) break;
        v = r_list(n, flag, p);
        break;
    }
    case TYPE_DICT:
        v = r_dict(flag, p);
        break;
    case TYPE_SET:
    case TYPE_FROZENSET:
        v = r_anyset(type, flag, p);
        break;
    case TYPE_KRAIT_CODE:
        v = r_code(flag, p);
        break;
    case TYPE_REF: {
        long n = r_long(p);
        if (n == -1 && kr_err_occurred()) break;
        if (n < 0 || n >= KR_SIZE(p->refs) || KR_LIST_GET(p->refs, n) == KR_NONE) {
            kr_err_set_string(kr_exc_ValueError, "bad marshal data (invalid reference)");
            break;
        }
        v = kr_newref(KR_LIST_GET(p->refs, n));
        break;
    }
    default:
        kr_err_set_string(kr_exc_ValueError, "bad marshal data (unknown type code)");
        break;
    }
    p->depth--;
    return v;
}

static KrObject *read_object(RFile *p)
{
    p->refs = kr_list_new(0);
    if (!p->refs) return NULL;
    KrObject *v = r_object(p);
    if (!v && !kr_err_occurred())
        kr_err_set_string(kr_exc_TypeError, "NULL object in marshal data for object");
    KR_CLEAR(p->refs);
    kr_raw_free(p->buf);
    p->buf = NULL;
    return v;
}

KrObject *kr_marshal_loads(const char *buf, ssize_t len)
{
    RFile rf;
    memset(&rf, 0, sizeof rf);
    static const unsigned char empty[1];
    rf.ptr = buf ? (const unsigned char *)buf : empty;
    rf.end = rf.ptr + (len > 0 ? len : 0);
    return read_object(&rf);
}

/* ===========================================================================
 * The module functions
 * ======================================================================== */

static int version_arg(KrObject *o, int *out)
{
    if (!o) {
        *out = KR_MARSHAL_VERSION;
        return 0;
    }
    if (KR_FLOAT_CHECK(o)) {
        kr_err_set_string(kr_exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    KrObject *i = kr_number_index(o);
    if (!i) return -1;
    int overflow;
    int64_t v = kr_int_as_i64_overflow(i, &overflow);
    KR_DECREF(i);
    if (overflow || v > INT32_MAX || v < INT32_MIN) {
        kr_err_set_string(kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static KrObject *marshal_dumps(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    if (kr_args_no_keywords("marshal.dumps", kw) < 0) return NULL;
    if (kr_args_check_count("dumps", nargs, 1, 2) < 0) return NULL;
    int version;
    if (version_arg(nargs > 1 ? args[1] : NULL, &version) < 0) return NULL;
    return kr_marshal_dumps(args[0], version);
}

static KrObject *marshal_loads(KrObject *m, KrObject *arg)
{
    KrBuffer view;
    if (!kr_object_check_buffer(arg)) {
        kr_err_format(kr_exc_TypeError, "a bytes-like object is required, not '%T'", arg);
        return NULL;
    }
    if (kr_object_get_buffer(arg, &view, KR_BUF_SIMPLE) < 0) return NULL;
    KrObject *r = kr_marshal_loads(view.buf, view.len);
    kr_buffer_release(&view);
    return r;
}

static KrObject *marshal_dump(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    if (kr_args_no_keywords("marshal.dump", kw) < 0) return NULL;
    if (kr_args_check_count("dump", nargs, 2, 3) < 0) return NULL;
    int version;
    if (version_arg(nargs > 2 ? args[2] : NULL, &version) < 0) return NULL;
    KrObject *s = kr_marshal_dumps(args[0], version);
    if (!s) return NULL;
    KrObject *res = kr_object_call_method_str(args[1], "write", &s, 1);
    KR_DECREF(s);
    return res;
}

static KrObject *marshal_load(KrObject *m, KrObject *file)
{
    /* read(0) first: the object must at least have a read method returning bytes */
    KrObject *zero = kr_int_from_i64(0);
    if (!zero) return NULL;
    KrObject *data = kr_object_call_method_str(file, "read", &zero, 1);
    KR_DECREF(zero);
    if (!data) return NULL;
    if (!KR_BYTES_CHECK(data)) {
        kr_err_format(kr_exc_TypeError, "file.read() returned not bytes but %.100s",
                      KR_TYPE(data)->tp_name);
        KR_DECREF(data);
        return NULL;
    }
    KR_DECREF(data);
    RFile rf;
    memset(&rf, 0, sizeof rf);
    rf.readable = file;
    return read_object(&rf);
}

static KrMethodDef marshal_methods[] = {
    { "dump", (void *)marshal_dump, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "dump($module, value, file, version=version, /)\n--\n\n"
      "Write the value on the open file." },
    { "load", (void *)marshal_load, KR_METH_O,
      "load($module, file, /)\n--\n\n"
      "Read one value from the open file and return it." },
    { "dumps", (void *)marshal_dumps, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "dumps($module, value, version=version, /)\n--\n\n"
      "Return the bytes object that would be written to a file by dump(value, file)." },
    { "loads", (void *)marshal_loads, KR_METH_O,
      "loads($module, bytes, /)\n--\n\n"
      "Convert the bytes-like object to a value." },
    { NULL, NULL, 0, NULL }
};

static int marshal_exec(KrObject *m)
{
    return kr_module_add_int(m, "version", KR_MARSHAL_VERSION);
}

KrModuleDef kr_marshalmodule_def = {
    .name = "marshal",
    .doc = "This module contains functions that can read and write Python values in\n"
           "a binary format. The format is specific to Python, but independent of\n"
           "machine architecture issues.",
    .methods = marshal_methods,
    .exec = marshal_exec,
};
