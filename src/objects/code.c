/* code.c — the code object: construction, the line table (source positions
 * per instruction), the exception table lookup, and the Python-visible
 * attributes (co_*, co_lines(), co_positions(), replace()).
 *
 * Line table encoding (co_linetable), private to this file
 * ---------------------------------------------------------
 * A sequence of entries, each describing a run of consecutive code units
 * (instructions, their EXTENDED_ARG prefixes and their inline caches) that
 * share one source location:
 *
 *   byte  run length in code units (1..255; longer runs are split)
 *   uvar  zigzag(line - previous line) << 1 | has_location
 *   if has_location:
 *   uvar  end_line - line
 *   uvar  column + 1       (0: unknown column)
 *   uvar  end_column + 1   (0: unknown)
 *
 * "uvar" is an unsigned LEB128 varint (7 bits per byte, high bit = more).
 * The "previous line" starts at co_firstlineno and is updated by each entry
 * with a location. Columns are 0-based UTF-8 byte offsets as in CPython.
 * An entry without location yields line/end_line/col/end_col = -1 (None in
 * co_positions()). Lookups scan from the start: they serve tracebacks and
 * tracing, which are not hot, and the table stays a few bytes per line.
 * The encoder is kr_code_linetable_add/kr_code_linetable_finish (used by
 * the assembler). */
#include "code.h"
#include "tuple.h"
#include "bytes.h"
#include "str.h"
#include "int.h"
#include "float.h"
#include "list.h"
#include "set.h"
#include "hash.h"
#include "type.h"
#include "dict.h"
#include "../vm/err.h"
#include "../vm/opcodes.h"
#include "../memory/mem.h"

#include <string.h>

/* ------------------------------------------------------------------------
 * Line table encoding and decoding
 * --------------------------------------------------------------------- */

static int lt_put(KrLineTableWriter *w, unsigned char b)
{
    if (w->len == w->cap) {
        ssize_t ncap = w->cap ? w->cap * 2 : 64;
        unsigned char *nb = kr_mem_realloc(w->buf, (size_t)ncap);
        if (!nb) { kr_err_no_memory(); return -1; }
        w->buf = nb;
        w->cap = ncap;
    }
    w->buf[w->len++] = b;
    return 0;
}

static int lt_uvar(KrLineTableWriter *w, uint64_t v)
{
    while (v >= 0x80) {
        if (lt_put(w, (unsigned char)(v | 0x80)) < 0) return -1;
        v >>= 7;
    }
    return lt_put(w, (unsigned char)v);
}

void kr_code_linetable_init(KrLineTableWriter *w, int firstlineno)
{
    memset(w, 0, sizeof *w);
    w->prev_line = firstlineno;
}

int kr_code_linetable_add(KrLineTableWriter *w, int ncodeunits, int line, int end_line,
                          int col, int end_col)
{
    while (ncodeunits > 0) {
        int run = ncodeunits > 255 ? 255 : ncodeunits;
        ncodeunits -= run;
        if (lt_put(w, (unsigned char)run) < 0) return -1;
        if (line < 0) {
            if (lt_put(w, 0) < 0) return -1;
            continue;
        }
        int64_t d = (int64_t)line - w->prev_line;
        uint64_t zz = d < 0 ? ((uint64_t)(-d) << 1) - 1 : (uint64_t)d << 1;
        if (lt_uvar(w, zz << 1 | 1) < 0) return -1;
        if (lt_uvar(w, (uint64_t)(end_line >= line ? end_line - line : 0)) < 0) return -1;
        if (lt_uvar(w, (uint64_t)(col + 1)) < 0) return -1;
        if (lt_uvar(w, (uint64_t)(end_col + 1)) < 0) return -1;
        w->prev_line = line;
    }
    return 0;
}

KrObject *kr_code_linetable_finish(KrLineTableWriter *w)
{
    KrObject *b = kr_bytes_from(w->buf ? (const char *)w->buf : "", w->len);
    kr_mem_free(w->buf);
    w->buf = NULL;
    return b;
}

void kr_code_linetable_discard(KrLineTableWriter *w)
{
    kr_mem_free(w->buf);
    w->buf = NULL;
}

/* A cursor over the line table. */
typedef struct {
    const unsigned char *p, *end;
    int start, stop;            /* code units covered by the current entry */
    int line, end_line, col, end_col;
    int prev_line;
} LtCursor;

static uint64_t lt_read_uvar(LtCursor *c)
{
    uint64_t v = 0;
    int shift = 0;
    while (c->p < c->end) {
        unsigned char b = *c->p++;
        v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) break;
        shift += 7;
    }
    return v;
}

static void lt_begin(LtCursor *c, KrCodeObject *co)
{
    c->p = (const unsigned char *)KR_BYTES_DATA(co->co_linetable);
    c->end = c->p + KR_BYTES_LEN(co->co_linetable);
    c->start = c->stop = 0;
    c->prev_line = co->co_firstlineno;
}

/* Advances to the next entry; 0 at the end. */
static int lt_next(LtCursor *c)
{
    if (c->p >= c->end) return 0;
    int run = *c->p++;
    c->start = c->stop;
    c->stop = c->start + run;
    uint64_t v = lt_read_uvar(c);
    if (!(v & 1)) {
        c->line = c->end_line = c->col = c->end_col = -1;
        return 1;
    }
    uint64_t zz = v >> 1;
    int64_t d = (zz & 1) ? -(int64_t)((zz + 1) >> 1) : (int64_t)(zz >> 1);
    c->line = (int)(c->prev_line + d);
    c->prev_line = c->line;
    c->end_line = c->line + (int)lt_read_uvar(c);
    c->col = (int)lt_read_uvar(c) - 1;
    c->end_col = (int)lt_read_uvar(c) - 1;
    return 1;
}

int kr_code_addr2location(KrCodeObject *co, int offset, int *line, int *end_line,
                          int *col, int *end_col)
{
    LtCursor c;
    int l = -1, el = -1, cl = -1, ec = -1;
    lt_begin(&c, co);
    while (lt_next(&c)) {
        if (offset >= c.start && offset < c.stop) {
            l = c.line; el = c.end_line; cl = c.col; ec = c.end_col;
            break;
        }
    }
    if (line) *line = l;
    if (end_line) *end_line = el;
    if (col) *col = cl;
    if (end_col) *end_col = ec;
    return l;
}

int kr_code_addr2line(KrCodeObject *co, int offset)
{
    return kr_code_addr2location(co, offset, NULL, NULL, NULL, NULL);
}

/* ------------------------------------------------------------------------
 * Exception table
 * --------------------------------------------------------------------- */

static uint32_t rd32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

int kr_code_find_handler(KrCodeObject *co, int offset, int *target, int *depth, int *lasti)
{
    const unsigned char *t = (const unsigned char *)KR_BYTES_DATA(co->co_exceptiontable);
    ssize_t n = KR_BYTES_LEN(co->co_exceptiontable) / 16;
    ssize_t lo = 0, hi = n;
    /* binary search: entries are sorted by start and do not overlap */
    while (lo < hi) {
        ssize_t mid = (lo + hi) / 2;
        const unsigned char *e = t + mid * 16;
        if ((uint32_t)offset < rd32(e)) hi = mid;
        else if ((uint32_t)offset >= rd32(e + 4)) lo = mid + 1;
        else {
            uint32_t dl = rd32(e + 12);
            if (target) *target = (int)rd32(e + 8);
            if (depth) *depth = (int)(dl >> 1);
            if (lasti) *lasti = (int)(dl & 1);
            return 1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------------
 * Construction
 * --------------------------------------------------------------------- */

static int check_str_tuple(KrObject *t, const char *what)
{
    if (!t || !KR_TUPLE_CHECK(t)) {
        kr_err_format(kr_exc_TypeError, "code: %s must be a tuple", what);
        return -1;
    }
    for (ssize_t i = 0; i < KR_SIZE(t); i++) {
        if (!KR_STR_CHECK(KR_TUPLE_GET(t, i))) {
            kr_err_format(kr_exc_TypeError, "code: %s must contain only strings", what);
            return -1;
        }
    }
    return 0;
}

/* Interning, as CPython's code constructor does it: every name (co_names,
 * the localsplus names, co_name) and every str constant made only of ASCII
 * letters, digits and '_' (looked for inside tuple constants too) is
 * replaced in place by its interned copy. So names the program spells the
 * same way are one object across code objects (`f() is 'ident'`, the keys
 * STORE_NAME/STORE_ATTR put in dicts, sys.intern(x) is 'ident'), whether
 * the code came from the compiler or from a .pyc. Tuples are changed in
 * place: the replacement is an equal str with the same hash. */
static int code_all_name_chars(KrObject *s)
{
    if (!KR_STR_IS_ASCII(s)) return 0;
    const unsigned char *d = (const unsigned char *)KR_STR_DATA(s);
    for (ssize_t i = 0; i < KR_STR_LEN(s); i++) {
        unsigned char c = d[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return 0;
    }
    return 1;
}

static void code_intern_names(KrObject *t)
{
    for (ssize_t i = 0; i < KR_SIZE(t); i++)
        kr_str_intern_in_place(&KR_TUPLE_ITEMS(t)[i]);
}

static void code_intern_consts(KrObject *t, int depth)
{
    for (ssize_t i = 0; i < KR_SIZE(t); i++) {
        KrObject *c = KR_TUPLE_GET(t, i);
        if (KR_STR_CHECK_EXACT(c)) {
            if (code_all_name_chars(c)) kr_str_intern_in_place(&KR_TUPLE_ITEMS(t)[i]);
        } else if (KR_TUPLE_CHECK_EXACT(c) && depth < 32) {
            code_intern_consts(c, depth + 1);
        } else if (KR_TYPE(c) == &kr_frozenset_type && depth < 32) {
            /* members are interned through a tuple copy; if one of them was
             * replaced by an older interned string, the constant becomes a
             * new frozenset made of the interned members */
            KrObject *items = kr_sequence_tuple(c);
            if (!items) {
                kr_err_clear();
                continue;
            }
            int changed = 0;
            for (ssize_t j = 0; j < KR_SIZE(items); j++) {
                KrObject *m = KR_TUPLE_GET(items, j);
                if (!KR_STR_CHECK_EXACT(m) || !code_all_name_chars(m)) continue;
                kr_str_intern_in_place(&KR_TUPLE_ITEMS(items)[j]);
                changed |= KR_TUPLE_GET(items, j) != m;
            }
            KrObject *fs = changed ? kr_frozenset_new(items) : NULL;
            if (fs) KR_SETREF(KR_TUPLE_ITEMS(t)[i], fs);
            else kr_err_clear();
            KR_DECREF(items);
        }
    }
}

KrObject *kr_code_new(const KrCodeSpec *s)
{
    if (check_str_tuple(s->names, "names") < 0 ||
        check_str_tuple(s->localsplusnames, "localsplusnames") < 0)
        return NULL;
    if (!s->consts || !KR_TUPLE_CHECK(s->consts)) {
        kr_err_set_string(kr_exc_TypeError, "code: consts must be a tuple");
        return NULL;
    }
    if (!s->localspluskinds || !KR_BYTES_CHECK(s->localspluskinds) ||
        KR_BYTES_LEN(s->localspluskinds) != KR_SIZE(s->localsplusnames)) {
        kr_err_set_string(kr_exc_ValueError, "code: localspluskinds does not match localsplusnames");
        return NULL;
    }
    if (!s->filename || !KR_STR_CHECK(s->filename) || !s->name || !KR_STR_CHECK(s->name) ||
        !s->qualname || !KR_STR_CHECK(s->qualname)) {
        kr_err_set_string(kr_exc_TypeError, "code: filename, name and qualname must be str");
        return NULL;
    }
    if (!s->linetable || !KR_BYTES_CHECK(s->linetable) || !s->exceptiontable ||
        !KR_BYTES_CHECK(s->exceptiontable)) {
        kr_err_set_string(kr_exc_TypeError, "code: linetable and exceptiontable must be bytes");
        return NULL;
    }
    if (s->argcount < 0 || s->posonlyargcount < 0 || s->kwonlyargcount < 0 ||
        s->stacksize < 0 || s->ncodeunits < 0) {
        kr_err_set_string(kr_exc_ValueError, "code: argument counts must not be negative");
        return NULL;
    }
    KrCodeObject *co = KR_NEW_VAR(KrCodeObject, &kr_code_type, s->ncodeunits);
    if (!co) return NULL;
    co->co_argcount = s->argcount;
    co->co_posonlyargcount = s->posonlyargcount;
    co->co_kwonlyargcount = s->kwonlyargcount;
    co->co_flags = s->flags;
    co->co_stacksize = s->stacksize;
    co->co_firstlineno = s->firstlineno;
    co->co_nlocalsplus = (int)KR_SIZE(s->localsplusnames);
    const unsigned char *kinds = (const unsigned char *)KR_BYTES_DATA(s->localspluskinds);
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        if (kinds[i] & KR_CO_FAST_LOCAL) co->co_nlocals++;
        if (kinds[i] & KR_CO_FAST_CELL) co->co_ncellvars++;
        if (kinds[i] & KR_CO_FAST_FREE) co->co_nfreevars++;
    }
    code_intern_names(s->names);
    code_intern_names(s->localsplusnames);
    code_intern_consts(s->consts, 0);
    co->co_consts = kr_newref(s->consts);
    co->co_names = kr_newref(s->names);
    co->co_localsplusnames = kr_newref(s->localsplusnames);
    co->co_localspluskinds = kr_newref(s->localspluskinds);
    co->co_filename = kr_newref(s->filename);
    co->co_name = kr_newref(s->name);
    kr_str_intern_in_place(&co->co_name);
    /* A top-level qualname is the name itself; "C.f" / "f.<locals>.g" are
     * built by concatenation and stay plain, as in CPython. */
    co->co_qualname = kr_newref(kr_str_equal(s->qualname, s->name) ? co->co_name : s->qualname);
    co->co_linetable = kr_newref(s->linetable);
    co->co_exceptiontable = kr_newref(s->exceptiontable);
    co->co_ncodeunits = s->ncodeunits;
    if (s->ncodeunits)
        memcpy(co->co_code, s->code, (size_t)s->ncodeunits * sizeof(KrCodeUnit));
    return (KrObject *)co;
}

static int code_hold_const(KrObject *list, KrObject *c, int depth)
{
    if (depth > 64) return 0;
    if (KR_CODE_CHECK(c)) {
        KrObject *consts = ((KrCodeObject *)c)->co_consts;
        for (ssize_t i = 0; i < KR_SIZE(consts); i++)
            if (code_hold_const(list, KR_TUPLE_GET(consts, i), depth + 1) < 0) return -1;
        return 0;
    }
    if (kr_list_append(list, c) < 0) return -1;
    if (KR_TUPLE_CHECK_EXACT(c)) {
        for (ssize_t i = 0; i < KR_SIZE(c); i++)
            if (code_hold_const(list, KR_TUPLE_GET(c, i), depth + 1) < 0) return -1;
    } else if (KR_TYPE(c) == &kr_frozenset_type) {
        KrObject *items = kr_sequence_tuple(c);
        if (!items) return -1;
        for (ssize_t i = 0; i < KR_SIZE(items); i++) {
            if (code_hold_const(list, KR_TUPLE_GET(items, i), depth + 1) < 0) {
                KR_DECREF(items);
                return -1;
            }
        }
        KR_DECREF(items);
    }
    return 0;
}

KrObject *kr_code_hold_constants(KrObject *co)
{
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    if (KR_CODE_CHECK(co) && code_hold_const(list, co, 0) < 0) {
        KR_DECREF(list);
        return NULL;
    }
    return list;
}

static void code_dealloc(KrObject *o)
{
    KrCodeObject *co = (KrCodeObject *)o;
    if (co->co_weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    KR_XDECREF(co->co_consts);
    KR_XDECREF(co->co_names);
    KR_XDECREF(co->co_localsplusnames);
    KR_XDECREF(co->co_localspluskinds);
    KR_XDECREF(co->co_filename);
    KR_XDECREF(co->co_name);
    KR_XDECREF(co->co_qualname);
    KR_XDECREF(co->co_linetable);
    KR_XDECREF(co->co_exceptiontable);
    KR_XDECREF(co->co_varnames_cache);
    KR_XDECREF(co->co_cellvars_cache);
    KR_XDECREF(co->co_freevars_cache);
    kr_mem_free(co->co_extra);
    KR_TYPE(o)->tp_free(o);
}

/* ------------------------------------------------------------------------
 * Attributes
 * --------------------------------------------------------------------- */

/* The names of the localsplus slots having `kind`, as a tuple (cached). */
static KrObject *code_names_of_kind(KrCodeObject *co, int kind, KrObject **cache)
{
    if (*cache) return kr_newref(*cache);
    const unsigned char *kinds = (const unsigned char *)KR_BYTES_DATA(co->co_localspluskinds);
    ssize_t n = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++)
        if (kinds[i] & kind) n++;
    KrObject *t = kr_tuple_new(n);
    if (!t) return NULL;
    n = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++)
        if (kinds[i] & kind)
            KR_TUPLE_SET_STEAL(t, n++, kr_newref(KR_TUPLE_GET(co->co_localsplusnames, i)));
    *cache = kr_newref(t);
    return t;
}

static KrObject *code_get_varnames(KrObject *o, void *c)
{
    KrCodeObject *co = (KrCodeObject *)o;
    return code_names_of_kind(co, KR_CO_FAST_LOCAL, &co->co_varnames_cache);
}
static KrObject *code_get_cellvars(KrObject *o, void *c)
{
    KrCodeObject *co = (KrCodeObject *)o;
    return code_names_of_kind(co, KR_CO_FAST_CELL, &co->co_cellvars_cache);
}
static KrObject *code_get_freevars(KrObject *o, void *c)
{
    KrCodeObject *co = (KrCodeObject *)o;
    return code_names_of_kind(co, KR_CO_FAST_FREE, &co->co_freevars_cache);
}

/* co_code: the instructions as the compiler wrote them. Inline caches read
 * as zeros, and a quickened (specialized) opcode is mapped back to its base
 * through kr_code_deopt_hook when the VM installs one. */
uint8_t (*kr_code_deopt_hook)(uint8_t opcode);

static KrObject *code_get_code(KrObject *o, void *c)
{
    KrCodeObject *co = (KrCodeObject *)o;
    KrObject *b = kr_bytes_from(NULL, co->co_ncodeunits * 2);
    if (!b) return NULL;
    unsigned char *p = (unsigned char *)KR_BYTES_DATA(b);
    for (ssize_t i = 0; i < co->co_ncodeunits; i++) {
        KrCodeUnit u = co->co_code[i];
        uint8_t op = (uint8_t)KR_OPCODE(u);
        if (kr_code_deopt_hook) op = kr_code_deopt_hook(op);
        p[2 * i] = op;
        p[2 * i + 1] = (uint8_t)KR_OPARG(u);
        if (op < KR_OPCODE_COUNT && kr_opcode_info[op].cache) {
            for (int k = 0; k < kr_opcode_info[op].cache && i + 1 < co->co_ncodeunits; k++) {
                i++;
                p[2 * i] = p[2 * i + 1] = 0;
            }
        }
    }
    return b;
}

#define CODE_INT_GETTER(field) \
    static KrObject *code_get_##field(KrObject *o, void *c) \
    { return kr_int_from_i64(((KrCodeObject *)o)->field); }
CODE_INT_GETTER(co_argcount)
CODE_INT_GETTER(co_posonlyargcount)
CODE_INT_GETTER(co_kwonlyargcount)
CODE_INT_GETTER(co_nlocals)
CODE_INT_GETTER(co_flags)
CODE_INT_GETTER(co_stacksize)
CODE_INT_GETTER(co_firstlineno)

#define CODE_OBJ_GETTER(field) \
    static KrObject *code_get_##field(KrObject *o, void *c) \
    { return kr_newref(((KrCodeObject *)o)->field); }
CODE_OBJ_GETTER(co_consts)
CODE_OBJ_GETTER(co_names)
CODE_OBJ_GETTER(co_filename)
CODE_OBJ_GETTER(co_name)
CODE_OBJ_GETTER(co_qualname)
CODE_OBJ_GETTER(co_linetable)
CODE_OBJ_GETTER(co_exceptiontable)

static KrGetSetDef code_getset[] = {
    { "co_argcount", code_get_co_argcount, NULL, NULL, NULL },
    { "co_posonlyargcount", code_get_co_posonlyargcount, NULL, NULL, NULL },
    { "co_kwonlyargcount", code_get_co_kwonlyargcount, NULL, NULL, NULL },
    { "co_nlocals", code_get_co_nlocals, NULL, NULL, NULL },
    { "co_flags", code_get_co_flags, NULL, NULL, NULL },
    { "co_stacksize", code_get_co_stacksize, NULL, NULL, NULL },
    { "co_firstlineno", code_get_co_firstlineno, NULL, NULL, NULL },
    { "co_code", code_get_code, NULL, NULL, NULL },
    { "_co_code_adaptive", code_get_code, NULL, NULL, NULL },
    { "co_consts", code_get_co_consts, NULL, NULL, NULL },
    { "co_names", code_get_co_names, NULL, NULL, NULL },
    { "co_varnames", code_get_varnames, NULL, NULL, NULL },
    { "co_cellvars", code_get_cellvars, NULL, NULL, NULL },
    { "co_freevars", code_get_freevars, NULL, NULL, NULL },
    { "co_filename", code_get_co_filename, NULL, NULL, NULL },
    { "co_name", code_get_co_name, NULL, NULL, NULL },
    { "co_qualname", code_get_co_qualname, NULL, NULL, NULL },
    { "co_linetable", code_get_co_linetable, NULL, NULL, NULL },
    { "co_exceptiontable", code_get_co_exceptiontable, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

static KrObject *int_or_none(int v)
{
    return v < 0 ? kr_newref(KR_NONE) : kr_int_from_i64(v);
}

/* co_lines(): (start, end, line) byte ranges, one per instruction (with its
 * EXTENDED_ARG prefixes and caches), split into pieces of at most 8 code
 * units: the granularity of CPython 3.11's line table entries. */
static KrObject *code_co_lines(KrObject *o, KrObject *unused)
{
    KrCodeObject *co = (KrCodeObject *)o;
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    LtCursor c;
    lt_begin(&c, co);
    int have = lt_next(&c);
    ssize_t i = 0, n = co->co_ncodeunits;
    while (i < n) {
        ssize_t start = i;
        uint8_t op = (uint8_t)KR_OPCODE(co->co_code[i]);
        if (kr_code_deopt_hook) op = kr_code_deopt_hook(op);
        while (op == EXTENDED_ARG && i + 1 < n) {
            i++;
            op = (uint8_t)KR_OPCODE(co->co_code[i]);
            if (kr_code_deopt_hook) op = kr_code_deopt_hook(op);
        }
        ssize_t end = i + 1 + (op < KR_OPCODE_COUNT ? kr_opcode_info[op].cache : 0);
        if (end > n) end = n;
        while (have && c.stop <= start) have = lt_next(&c);
        int line = have && c.start <= start ? c.line : -1;
        for (ssize_t piece = start; piece < end; piece += 8) {
            ssize_t pend = piece + 8 < end ? piece + 8 : end;
            KrObject *x = kr_int_from_ssize(piece * 2), *y = kr_int_from_ssize(pend * 2);
            KrObject *l = int_or_none(line);
            KrObject *t = (x && y && l) ? kr_tuple_pack(3, x, y, l) : NULL;
            KR_XDECREF(x); KR_XDECREF(y); KR_XDECREF(l);
            if (!t || kr_list_append(list, t) < 0) { KR_XDECREF(t); KR_DECREF(list); return NULL; }
            KR_DECREF(t);
        }
        i = end;
    }
    KrObject *it = kr_object_get_iter(list);
    KR_DECREF(list);
    return it;
}

/* co_positions(): one (line, end_line, col, end_col) per code unit. */
static KrObject *code_co_positions(KrObject *o, KrObject *unused)
{
    KrCodeObject *co = (KrCodeObject *)o;
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    LtCursor c;
    lt_begin(&c, co);
    int covered = 0;
    for (;;) {
        int more = lt_next(&c);
        int from = more ? c.start : covered, to = more ? c.stop : (int)co->co_ncodeunits;
        int vals[4] = { -1, -1, -1, -1 };
        if (more) { vals[0] = c.line; vals[1] = c.end_line; vals[2] = c.col; vals[3] = c.end_col; }
        for (int i = from; i < to; i++) {
            KrObject *items[4];
            for (int k = 0; k < 4; k++) items[k] = int_or_none(vals[k]);
            KrObject *t = kr_tuple_from_array_steal(items, 4);
            if (!t || kr_list_append(list, t) < 0) { KR_XDECREF(t); KR_DECREF(list); return NULL; }
            KR_DECREF(t);
        }
        covered = to;
        if (!more) break;
    }
    KrObject *it = kr_object_get_iter(list);
    KR_DECREF(list);
    return it;
}

/* Rebuilds localsplus names/kinds from varnames, cellvars and freevars
 * (for replace()). An argument that is also a cell keeps one slot. */
static int code_rebuild_localsplus(KrObject *varnames, KrObject *cellvars, KrObject *freevars,
                                   KrObject **names_out, KrObject **kinds_out)
{
    ssize_t nv = KR_SIZE(varnames), nc = KR_SIZE(cellvars), nf = KR_SIZE(freevars);
    KrObject *names = kr_tuple_new(nv + nc + nf);
    unsigned char *kinds = kr_mem_alloc((size_t)(nv + nc + nf) + 1);
    if (!names || !kinds) { KR_XDECREF(names); kr_mem_free(kinds); if (names) kr_err_no_memory(); return -1; }
    ssize_t n = 0;
    for (ssize_t i = 0; i < nv; i++) {
        KR_TUPLE_SET_STEAL(names, n, kr_newref(KR_TUPLE_GET(varnames, i)));
        kinds[n++] = KR_CO_FAST_LOCAL;
    }
    for (ssize_t i = 0; i < nc; i++) {
        KrObject *cn = KR_TUPLE_GET(cellvars, i);
        ssize_t j;
        for (j = 0; j < nv; j++)
            if (kr_str_equal(KR_TUPLE_GET(varnames, j), cn)) break;
        if (j < nv) { kinds[j] |= KR_CO_FAST_CELL; continue; }
        KR_TUPLE_SET_STEAL(names, n, kr_newref(cn));
        kinds[n++] = KR_CO_FAST_CELL;
    }
    for (ssize_t i = 0; i < nf; i++) {
        KR_TUPLE_SET_STEAL(names, n, kr_newref(KR_TUPLE_GET(freevars, i)));
        kinds[n++] = KR_CO_FAST_FREE;
    }
    if (n != nv + nc + nf) {
        for (ssize_t i = n; i < nv + nc + nf; i++) KR_TUPLE_SET_STEAL(names, i, kr_newref(KR_NONE));
        KrObject *t = kr_tuple_get_slice(names, 0, n);
        KR_DECREF(names);
        names = t;
        if (!names) { kr_mem_free(kinds); return -1; }
    }
    *kinds_out = kr_bytes_from((const char *)kinds, n);
    kr_mem_free(kinds);
    if (!*kinds_out) { KR_DECREF(names); return -1; }
    *names_out = names;
    return 0;
}

/* replace(**changes): a copy with some fields replaced (keywords only). */
static KrObject *code_replace(KrObject *self, KrObject *const *args, ssize_t nargs,
                              KrObject *kwnames)
{
    KrCodeObject *co = (KrCodeObject *)self;
    if (nargs) {
        kr_err_set_string(kr_exc_TypeError, "replace() takes no positional arguments");
        return NULL;
    }
    KrCodeSpec s = {
        co->co_argcount, co->co_posonlyargcount, co->co_kwonlyargcount, co->co_flags,
        co->co_stacksize, co->co_firstlineno, co->co_code, co->co_ncodeunits,
        co->co_consts, co->co_names, co->co_localsplusnames, co->co_localspluskinds,
        co->co_filename, co->co_name, co->co_qualname, co->co_linetable, co->co_exceptiontable,
    };
    KrObject *varnames = NULL, *cellvars = NULL, *freevars = NULL, *newnames = NULL,
             *newkinds = NULL, *result = NULL;
    KrCodeUnit *codebuf = NULL;
    int localsplus_changed = 0;
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        KrObject *key = KR_TUPLE_GET(kwnames, i), *v = args[i];
        const char *k = kr_str_as_utf8(key, NULL);
        if (!k) goto done;
        int *intfield = NULL;
        KrObject **objfield = NULL;
        KrTypeObject *want = NULL;
        if (!strcmp(k, "co_argcount")) intfield = &s.argcount;
        else if (!strcmp(k, "co_posonlyargcount")) intfield = &s.posonlyargcount;
        else if (!strcmp(k, "co_kwonlyargcount")) intfield = &s.kwonlyargcount;
        else if (!strcmp(k, "co_flags")) intfield = &s.flags;
        else if (!strcmp(k, "co_stacksize")) intfield = &s.stacksize;
        else if (!strcmp(k, "co_firstlineno")) intfield = &s.firstlineno;
        else if (!strcmp(k, "co_nlocals")) { if (!KR_INT_CHECK(v)) goto badtype; continue; }
        else if (!strcmp(k, "co_consts")) { objfield = &s.consts; want = &kr_tuple_type; }
        else if (!strcmp(k, "co_names")) { objfield = &s.names; want = &kr_tuple_type; }
        else if (!strcmp(k, "co_filename")) { objfield = &s.filename; want = &kr_str_type; }
        else if (!strcmp(k, "co_name")) { objfield = &s.name; want = &kr_str_type; }
        else if (!strcmp(k, "co_qualname")) { objfield = &s.qualname; want = &kr_str_type; }
        else if (!strcmp(k, "co_linetable")) { objfield = &s.linetable; want = &kr_bytes_type; }
        else if (!strcmp(k, "co_exceptiontable")) { objfield = &s.exceptiontable; want = &kr_bytes_type; }
        else if (!strcmp(k, "co_varnames")) { objfield = &varnames; want = &kr_tuple_type; localsplus_changed = 1; }
        else if (!strcmp(k, "co_cellvars")) { objfield = &cellvars; want = &kr_tuple_type; localsplus_changed = 1; }
        else if (!strcmp(k, "co_freevars")) { objfield = &freevars; want = &kr_tuple_type; localsplus_changed = 1; }
        else if (!strcmp(k, "co_code")) {
            if (!KR_BYTES_CHECK(v)) goto badtype;
            ssize_t n = KR_BYTES_LEN(v) / 2;
            kr_mem_free(codebuf);
            codebuf = kr_mem_alloc((size_t)(n ? n : 1) * sizeof(KrCodeUnit));
            if (!codebuf) { kr_err_no_memory(); goto done; }
            const unsigned char *p = (const unsigned char *)KR_BYTES_DATA(v);
            for (ssize_t j = 0; j < n; j++) codebuf[j] = (KrCodeUnit)(p[2 * j] | p[2 * j + 1] << 8);
            s.code = codebuf;
            s.ncodeunits = n;
            continue;
        } else {
            kr_err_format(kr_exc_TypeError, "'%s' is an invalid keyword argument for replace()", k);
            goto done;
        }
        if (intfield) {
            if (!KR_INT_CHECK(v)) goto badtype;
            int64_t x = kr_int_as_i64(v);
            if (x == -1 && kr_err_occurred()) goto done;
            *intfield = (int)x;
        } else {
            if (!KR_TYPE_CHECK_EXACT_OR_SUB(v, want)) goto badtype;
            *objfield = v;
        }
        continue;
    badtype:
        kr_err_format(kr_exc_TypeError, "replace() argument '%s' has the wrong type (%T)", k, v);
        goto done;
    }
    if (localsplus_changed) {
        KrObject *ov = NULL, *oc = NULL, *of = NULL;
        if (!varnames) varnames = ov = code_get_varnames(self, NULL);
        if (!cellvars) cellvars = oc = code_get_cellvars(self, NULL);
        if (!freevars) freevars = of = code_get_freevars(self, NULL);
        int r = (varnames && cellvars && freevars)
            ? code_rebuild_localsplus(varnames, cellvars, freevars, &newnames, &newkinds) : -1;
        KR_XDECREF(ov); KR_XDECREF(oc); KR_XDECREF(of);
        if (r < 0) goto done;
        s.localsplusnames = newnames;
        s.localspluskinds = newkinds;
    }
    result = kr_code_new(&s);
done:
    kr_mem_free(codebuf);
    KR_XDECREF(newnames);
    KR_XDECREF(newkinds);
    return result;
}

/* _varname_from_oparg(i): the name of localsplus slot i (used by dis). */
static KrObject *code_varname_from_oparg(KrObject *self, KrObject *arg)
{
    KrCodeObject *co = (KrCodeObject *)self;
    if (!KR_INT_CHECK(arg)) {
        kr_err_format(kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", arg);
        return NULL;
    }
    int64_t i = kr_int_as_i64(arg);
    if (i == -1 && kr_err_occurred()) return NULL;
    if (i < 0 || i >= co->co_nlocalsplus) {
        kr_err_set_string(kr_exc_IndexError, "tuple index out of range");
        return NULL;
    }
    return kr_newref(KR_TUPLE_GET(co->co_localsplusnames, i));
}

static KrMethodDef code_methods[] = {
    { "_varname_from_oparg", (void *)code_varname_from_oparg, KR_METH_O, NULL },
    { "co_lines", (void *)code_co_lines, KR_METH_NOARGS, NULL },
    { "co_positions", (void *)code_co_positions, KR_METH_NOARGS, NULL },
    { "replace", (void *)code_replace, KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL },
    { NULL, NULL, 0, NULL }
};

/* code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags,
 *      codestring, constants, names, varnames, filename, name, qualname,
 *      firstlineno, linetable, exceptiontable, freevars=(), cellvars=()) */
static KrObject *code_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (kwds && KR_DICT_CHECK(kwds) && kr_dict_size(kwds)) {
        kr_err_set_string(kr_exc_TypeError, "code() takes no keyword arguments");
        return NULL;
    }
    ssize_t n = KR_SIZE(args);
    if (n < 16) {
        kr_err_format(kr_exc_TypeError, "code expected at least 16 arguments, got %zd", n);
        return NULL;
    }
    if (n > 18) {
        kr_err_format(kr_exc_TypeError, "code expected at most 18 arguments, got %zd", n);
        return NULL;
    }
    KrObject *const *a = KR_TUPLE_ITEMS(args);
    int ints[6];
    const int int_pos[6] = { 0, 1, 2, 3, 4, 5 };
    for (int k = 0; k < 6; k++) {
        KrObject *v = a[int_pos[k]];
        if (!KR_INT_CHECK(v)) {
            kr_err_format(kr_exc_TypeError, "code() argument %d must be int, not %T", k + 1, v);
            return NULL;
        }
        int64_t x = kr_int_as_i64(v);
        if (x == -1 && kr_err_occurred()) return NULL;
        ints[k] = (int)x;
    }
    KrObject *co_code = a[6], *freevars = n > 16 ? a[16] : NULL, *cellvars = n > 17 ? a[17] : NULL;
    if (!KR_BYTES_CHECK(co_code)) {
        kr_err_format(kr_exc_TypeError, "code() argument 7 must be bytes, not %T", co_code);
        return NULL;
    }
    if (!KR_INT_CHECK(a[13])) {
        kr_err_format(kr_exc_TypeError, "code() argument 14 must be int, not %T", a[13]);
        return NULL;
    }
    for (int k = 7; k <= 9; k++)
        if (!KR_TUPLE_CHECK(a[k])) {
            kr_err_format(kr_exc_TypeError, "code() argument %d must be tuple, not %T", k + 1, a[k]);
            return NULL;
        }
    if ((freevars && !KR_TUPLE_CHECK(freevars)) || (cellvars && !KR_TUPLE_CHECK(cellvars))) {
        kr_err_set_string(kr_exc_TypeError, "code: freevars and cellvars must be tuples");
        return NULL;
    }
    KrObject *empty = kr_tuple_new(0), *lpnames = NULL, *lpkinds = NULL, *result = NULL;
    if (!empty) return NULL;
    if (check_str_tuple(a[9], "varnames") < 0 ||
        check_str_tuple(freevars ? freevars : empty, "freevars") < 0 ||
        check_str_tuple(cellvars ? cellvars : empty, "cellvars") < 0 ||
        code_rebuild_localsplus(a[9], cellvars ? cellvars : empty, freevars ? freevars : empty,
                                &lpnames, &lpkinds) < 0)
        goto done;
    ssize_t ncu = KR_BYTES_LEN(co_code) / 2;
    KrCodeUnit *units = kr_mem_alloc((size_t)(ncu ? ncu : 1) * sizeof(KrCodeUnit));
    if (!units) { kr_err_no_memory(); goto done; }
    const unsigned char *p = (const unsigned char *)KR_BYTES_DATA(co_code);
    for (ssize_t j = 0; j < ncu; j++) units[j] = (KrCodeUnit)(p[2 * j] | p[2 * j + 1] << 8);
    int64_t firstlineno = kr_int_as_i64(a[13]);
    KrCodeSpec spec = {
        .argcount = ints[0], .posonlyargcount = ints[1], .kwonlyargcount = ints[2],
        .stacksize = ints[4], .flags = ints[5], .firstlineno = (int)firstlineno,
        .code = units, .ncodeunits = ncu, .consts = a[7], .names = a[8],
        .localsplusnames = lpnames, .localspluskinds = lpkinds, .filename = a[10],
        .name = a[11], .qualname = a[12], .linetable = a[14], .exceptiontable = a[15],
    };
    result = kr_code_new(&spec);
    kr_mem_free(units);
done:
    KR_DECREF(empty);
    KR_XDECREF(lpnames);
    KR_XDECREF(lpkinds);
    (void)type;
    return result;
}

static KrObject *code_repr(KrObject *o)
{
    KrCodeObject *co = (KrCodeObject *)o;
    if (co->co_firstlineno)
        return kr_str_from_format("<code object %U at %p, file \"%U\", line %d>",
                                  co->co_name, (void *)co, co->co_filename, co->co_firstlineno);
    return kr_str_from_format("<code object %U at %p, file \"%U\", line %d>",
                              co->co_name, (void *)co, co->co_filename, -1);
}

/* Constants compare by type as well as value (0 == 0.0 == False, but code
 * using them differs), floats and complexes by bits (-0.0 vs 0.0), nested
 * tuples element-wise with the same rule. */
int kr_code_const_equal(KrObject *a, KrObject *b)
{
    if (a == b) return 1;
    if (KR_TYPE(a) != KR_TYPE(b)) return 0;
    if (KR_FLOAT_CHECK_EXACT(a)) {
        double x = KR_FLOAT_VALUE(a), y = KR_FLOAT_VALUE(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    if (KR_TYPE(a) == &kr_complex_type) {
        KrComplexObject *x = (KrComplexObject *)a, *y = (KrComplexObject *)b;
        return memcmp(&x->real, &y->real, sizeof(double)) == 0 &&
               memcmp(&x->imag, &y->imag, sizeof(double)) == 0;
    }
    if (KR_TUPLE_CHECK_EXACT(a)) {
        if (KR_SIZE(a) != KR_SIZE(b)) return 0;
        for (ssize_t i = 0; i < KR_SIZE(a); i++) {
            int r = kr_code_const_equal(KR_TUPLE_GET(a, i), KR_TUPLE_GET(b, i));
            if (r <= 0) return r;
        }
        return 1;
    }
    return kr_object_richcompare_bool(a, b, KR_EQ);   /* code objects: code_richcompare */
}

static KrObject *code_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || !KR_CODE_CHECK(a) || !KR_CODE_CHECK(b))
        KR_RETURN_NOTIMPLEMENTED;
    KrCodeObject *x = (KrCodeObject *)a, *y = (KrCodeObject *)b;
    int eq = 1;
    if (x != y) {
        eq = x->co_argcount == y->co_argcount && x->co_posonlyargcount == y->co_posonlyargcount &&
             x->co_kwonlyargcount == y->co_kwonlyargcount && x->co_flags == y->co_flags &&
             x->co_firstlineno == y->co_firstlineno && x->co_ncodeunits == y->co_ncodeunits;
        if (eq) {
            for (ssize_t i = 0; i < x->co_ncodeunits && eq; i++) {
                KrCodeUnit u = x->co_code[i], v = y->co_code[i];
                eq = u == v;
                int op1 = KR_OPCODE(u);
                if (eq && op1 < KR_OPCODE_COUNT) i += kr_opcode_info[op1].cache;
            }
        }
        KrObject *pairs[][2] = {
            { x->co_name, y->co_name }, { x->co_names, y->co_names },
            { x->co_localsplusnames, y->co_localsplusnames },
            { x->co_linetable, y->co_linetable }, { x->co_exceptiontable, y->co_exceptiontable },
            { x->co_localspluskinds, y->co_localspluskinds },
        };
        for (size_t i = 0; eq && i < sizeof pairs / sizeof pairs[0]; i++) {
            int r = kr_object_richcompare_bool(pairs[i][0], pairs[i][1], KR_EQ);
            if (r < 0) return NULL;
            eq = r;
        }
        if (eq) {
            int r = kr_code_const_equal(x->co_consts, y->co_consts);
            if (r < 0) return NULL;
            eq = r;
        }
    }
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

static kr_hash_t code_hash(KrObject *o)
{
    KrCodeObject *co = (KrCodeObject *)o;
    kr_hash_t h = kr_object_hash(co->co_name);
    if (h == -1) return -1;
    kr_hash_t h2 = kr_object_hash(co->co_names);
    if (h2 == -1) return -1;
    kr_hash_t h3 = kr_object_hash(co->co_localsplusnames);
    if (h3 == -1) return -1;
    uint64_t u = (uint64_t)h ^ (uint64_t)h2 * 1000003u ^ (uint64_t)h3 * 31u ^
                 (uint64_t)co->co_argcount ^ (uint64_t)co->co_posonlyargcount ^
                 (uint64_t)co->co_kwonlyargcount ^ (uint64_t)co->co_flags ^
                 ((uint64_t)co->co_ncodeunits << 8);
    h = (kr_hash_t)u;
    return h == -1 ? -2 : h;
}

KrTypeObject kr_code_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "code",
    .tp_basicsize = offsetof(KrCodeObject, co_code),
    .tp_itemsize = sizeof(KrCodeUnit),
    .tp_dealloc = code_dealloc,
    .tp_repr = code_repr,
    .tp_hash = code_hash,
    .tp_richcompare = code_richcompare,
    .tp_weaklistoffset = offsetof(KrCodeObject, co_weakreflist),
    .tp_methods = code_methods,
    .tp_getset = code_getset,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_doc = "Create a code object.  Not for the faint of heart.",
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
    .tp_new = code_new,
};

int kr_code_init(void)
{
    return kr_type_ready(&kr_code_type);
}
