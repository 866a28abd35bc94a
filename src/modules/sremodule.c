/* sremodule.c — the _sre module: compile(), re.Pattern, re.Match and the
 * scanner, on top of the matcher in sre_match.c; template expansion is
 * delegated to re._subx / re._expand as CPython 3.11 does. */
#include "sremodule.h"
#include "modargs.h"
#include "../objects/type.h"
#include "../objects/tuple.h"
#include "../objects/list.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/descr.h"
#include "../objects/genericalias.h"
#include "../objects/iter.h"
#include "../objects/str_unicode.h"
#include "../memory/mem.h"
#include "../vm/err.h"
#include "../vm/import.h"
#include <stdio.h>
#include <string.h>

#define SRE_MAGIC 20220615
#define SRE_MAXGROUPS 1073741823

typedef struct {
    KrObject ob_base;
    KrObject *pattern;      /* str, bytes or None */
    KrObject *groupindex;   /* dict */
    KrObject *indexgroup;   /* tuple */
    ssize_t groups;
    int flags;
    int isbytes;
    uint32_t *code;
    ssize_t codesize;
    KrObject *weakreflist;
} SrePattern;

typedef struct {
    KrObject ob_base;
    KrObject *string;
    SrePattern *re;
    ssize_t pos, endpos, lastindex;
    ssize_t nmarks;         /* 2 * (groups + 1) */
    ssize_t *marks;
} SreMatch;

typedef struct {
    KrObject ob_base;
    SrePattern *re;
    KrObject *string;
    ssize_t pos, endpos;
    int must_advance, done;
} SreScanner;

/* A subject being matched: the character data and (for buffers) the view. */
typedef struct {
    KrSreState st;
    KrBuffer view;
    int has_view;
    ssize_t len;
} Subject;

static int subject_open(SrePattern *p, KrObject *string, ssize_t pos, ssize_t endpos, Subject *s,
                        ssize_t *ppos)
{
    memset(s, 0, sizeof *s);
    if (KR_STR_CHECK(string)) {
        if (p->isbytes) {
            kr_err_set_string(kr_exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        s->st.kind = KR_STR_KIND(string);
        s->st.data = KR_STR_DATA(string);
        s->len = KR_STR_LEN(string);
    } else {
        if (kr_object_get_buffer(string, &s->view, 0) < 0) {
            kr_err_clear();
            kr_err_format(kr_exc_TypeError, "expected string or bytes-like object, got '%s'",
                          KR_TYPE(string)->tp_name);
            return -1;
        }
        s->has_view = 1;
        if (!p->isbytes) {
            kr_buffer_release(&s->view);
            s->has_view = 0;
            kr_err_set_string(kr_exc_TypeError, "cannot use a string pattern on a bytes-like object");
            return -1;
        }
        s->st.kind = 1;
        s->st.data = s->view.buf;
        s->len = s->view.len;
    }
    if (pos < 0) pos = 0;
    if (pos > s->len) pos = s->len;
    if (endpos < 0) endpos = 0;
    if (endpos > s->len) endpos = s->len;
    s->st.end = endpos;
    *ppos = pos;
    s->st.code = p->code;
    s->st.codesize = p->codesize;
    s->st.nmarks = 2 * p->groups;
    s->st.marks = kr_mem_alloc(sizeof(ssize_t) * (size_t)(s->st.nmarks + 1));
    if (!s->st.marks) {
        if (s->has_view) kr_buffer_release(&s->view);
        kr_err_no_memory();
        return -1;
    }
    return 0;
}

static void subject_close(Subject *s)
{
    kr_sre_state_fini(&s->st);
    kr_mem_free(s->st.marks);
    if (s->has_view) kr_buffer_release(&s->view);
}

static KrObject *slice_of(KrObject *string, int isbytes, const Subject *s, ssize_t a, ssize_t b)
{
    if (a < 0 || b < 0) KR_RETURN_NONE;
    if (!isbytes) return kr_str_substring(string, a, b);
    if (KR_BYTES_CHECK_EXACT(string) && a == 0 && b == s->len) return kr_newref(string);
    return kr_bytes_from((const char *)s->st.data + a, b - a);
}

static KrObject *match_new(SrePattern *p, KrObject *string, Subject *s, ssize_t pos, ssize_t start,
                           ssize_t end)
{
    SreMatch *m = KR_NEW(SreMatch, &kr_sre_match_type);
    if (!m) return NULL;
    m->string = kr_newref(string);
    m->re = (SrePattern *)kr_newref((KrObject *)p);
    m->pos = pos;
    m->endpos = s->st.end;
    m->lastindex = s->st.lastindex;
    m->nmarks = 2 * (p->groups + 1);
    m->marks = kr_mem_alloc(sizeof(ssize_t) * (size_t)m->nmarks);
    if (!m->marks) {
        KR_DECREF(m);
        return kr_err_no_memory();
    }
    m->marks[0] = start;
    m->marks[1] = end;
    for (ssize_t g = 0; g < p->groups; g++) {
        ssize_t a = s->st.marks[2 * g], b = s->st.marks[2 * g + 1];
        if (a < 0 || b < 0 || a > b) a = b = -1;
        m->marks[2 * g + 2] = a;
        m->marks[2 * g + 3] = b;
    }
    return (KrObject *)m;
}

/* ---- argument helpers ---- */

static int get_ssize(KrObject *o, ssize_t dflt, ssize_t *out)
{
    if (!o) { *out = dflt; return 0; }
    ssize_t v = kr_number_as_ssize(o, NULL);
    if (v == -1 && kr_err_occurred()) return -1;
    *out = v;
    return 0;
}

#define MAXSIZE ((ssize_t)(((size_t)-1) >> 1))

/* mode 0 match, 1 fullmatch, 2 search */
static KrObject *pattern_do(SrePattern *self, KrObject *string, ssize_t pos, ssize_t endpos, int mode)
{
    Subject s;
    if (subject_open(self, string, pos, endpos, &s, &pos) < 0) return NULL;
    ssize_t start = pos, end = 0;
    int r;
    if (pos > s.st.end) r = 0;
    else if (mode == 2) r = kr_sre_search(&s.st, pos, &start, &end);
    else {
        s.st.must_end = mode == 1;
        r = kr_sre_match_at(&s.st, pos, &end);
    }
    KrObject *res;
    if (r < 0) res = NULL;
    else if (r == 0) res = kr_newref(KR_NONE);
    else res = match_new(self, string, &s, pos, start, end);
    subject_close(&s);
    return res;
}

static const char *const match_names[] = { "string", "pos", "endpos", NULL };

static KrObject *pattern_matchlike(KrObject *self, KrObject *const *args, ssize_t nargs,
                                   KrObject *kwnames, const char *fname, int mode)
{
    KrArgSpec spec = { fname, match_names, 0, 3, 1 };
    KrObject *out[3];
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    ssize_t pos, endpos;
    if (get_ssize(out[1], 0, &pos) < 0 || get_ssize(out[2], MAXSIZE, &endpos) < 0) return NULL;
    return pattern_do((SrePattern *)self, out[0], pos, endpos, mode);
}

static KrObject *pattern_match(KrObject *self, KrObject *const *a, ssize_t n, KrObject *kw)
{
    return pattern_matchlike(self, a, n, kw, "match", 0);
}
static KrObject *pattern_fullmatch(KrObject *self, KrObject *const *a, ssize_t n, KrObject *kw)
{
    return pattern_matchlike(self, a, n, kw, "fullmatch", 1);
}
static KrObject *pattern_search(KrObject *self, KrObject *const *a, ssize_t n, KrObject *kw)
{
    return pattern_matchlike(self, a, n, kw, "search", 2);
}

/* Iterates over successive non-overlapping matches, calling fn for each.
 * fn returns 0 to go on, 1 to stop, -1 on error. */
typedef int (*each_fn)(SrePattern *p, KrObject *string, Subject *s, ssize_t start, ssize_t end,
                       void *ctx);

static int for_each(SrePattern *p, KrObject *string, Subject *s, ssize_t pos, each_fn fn, void *ctx)
{
    s->st.must_advance = 0;
    while (pos <= s->st.end) {
        ssize_t start, end;
        int r = kr_sre_search(&s->st, pos, &start, &end);
        if (r <= 0) return r;
        int k = fn(p, string, s, start, end, ctx);
        if (k) return k < 0 ? -1 : 0;
        s->st.must_advance = end == start;
        pos = end;
    }
    return 0;
}

static KrObject *group_value(SrePattern *p, KrObject *string, Subject *s, ssize_t g, KrObject *dflt)
{
    ssize_t a = s->st.marks[2 * g - 2], b = s->st.marks[2 * g - 1];
    if (a < 0 || b < 0 || a > b) return kr_newref(dflt);
    return slice_of(string, p->isbytes, s, a, b);
}

static KrObject *empty_of(int isbytes)
{
    return isbytes ? kr_bytes_from("", 0) : kr_newref(kr_str_empty_borrow());
}

static int findall_fn(SrePattern *p, KrObject *string, Subject *s, ssize_t start, ssize_t end,
                      void *ctx)
{
    KrObject *item;
    if (p->groups == 0) item = slice_of(string, p->isbytes, s, start, end);
    else if (p->groups == 1) {
        KrObject *e = empty_of(p->isbytes);
        if (!e) return -1;
        item = group_value(p, string, s, 1, e);
        KR_DECREF(e);
    } else {
        item = kr_tuple_new(p->groups);
        if (!item) return -1;
        KrObject *e = empty_of(p->isbytes);
        if (!e) { KR_DECREF(item); return -1; }
        for (ssize_t g = 1; g <= p->groups; g++) {
            KrObject *v = group_value(p, string, s, g, e);
            if (!v) { KR_DECREF(e); KR_DECREF(item); return -1; }
            KR_TUPLE_SET_STEAL(item, g - 1, v);
        }
        KR_DECREF(e);
    }
    if (!item) return -1;
    return kr_list_append_steal((KrObject *)ctx, item);
}

static KrObject *pattern_findall(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const KrArgSpec spec = { "findall", match_names, 0, 3, 1 };
    KrObject *out[3];
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    ssize_t pos, endpos;
    if (get_ssize(out[1], 0, &pos) < 0 || get_ssize(out[2], MAXSIZE, &endpos) < 0) return NULL;
    SrePattern *p = (SrePattern *)self;
    Subject s;
    if (subject_open(p, out[0], pos, endpos, &s, &pos) < 0) return NULL;
    KrObject *list = kr_list_new(0);
    if (list && for_each(p, out[0], &s, pos, findall_fn, list) < 0) KR_CLEAR(list);
    subject_close(&s);
    return list;
}

typedef struct {
    KrObject *list;
    ssize_t last, maxsplit, n;
} SplitCtx;

static int split_fn(SrePattern *p, KrObject *string, Subject *s, ssize_t start, ssize_t end, void *vctx)
{
    SplitCtx *c = vctx;
    if (kr_list_append_steal(c->list, slice_of(string, p->isbytes, s, c->last, start)) < 0) return -1;
    for (ssize_t g = 1; g <= p->groups; g++)
        if (kr_list_append_steal(c->list, group_value(p, string, s, g, KR_NONE)) < 0) return -1;
    c->last = end;
    c->n++;
    return c->maxsplit > 0 && c->n >= c->maxsplit ? 1 : 0;
}

static KrObject *pattern_split(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "string", "maxsplit", NULL };
    static const KrArgSpec spec = { "split", names, 0, 2, 1 };
    KrObject *out[2];
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    SplitCtx c = { NULL, 0, 0, 0 };
    if (get_ssize(out[1], 0, &c.maxsplit) < 0) return NULL;
    SrePattern *p = (SrePattern *)self;
    Subject s;
    ssize_t pos;
    if (subject_open(p, out[0], 0, MAXSIZE, &s, &pos) < 0) return NULL;
    c.list = kr_list_new(0);
    if (c.list && c.maxsplit >= 0) {
        if (for_each(p, out[0], &s, 0, split_fn, &c) < 0 ||
            kr_list_append_steal(c.list, slice_of(out[0], p->isbytes, &s, c.last, s.len)) < 0)
            KR_CLEAR(c.list);
    } else if (c.list) {
        if (kr_list_append_steal(c.list, slice_of(out[0], p->isbytes, &s, 0, s.len)) < 0)
            KR_CLEAR(c.list);
    }
    subject_close(&s);
    return c.list;
}

typedef struct {
    KrObject *list, *filter;
    int callable;
    ssize_t last, count, n;
} SubCtx;

static int sub_fn(SrePattern *p, KrObject *string, Subject *s, ssize_t start, ssize_t end, void *vctx)
{
    SubCtx *c = vctx;
    if (start > c->last &&
        kr_list_append_steal(c->list, slice_of(string, p->isbytes, s, c->last, start)) < 0)
        return -1;
    if (c->callable) {
        KrObject *m = match_new(p, string, s, 0, start, end);
        if (!m) return -1;
        KrObject *item = kr_object_call_one(c->filter, m);
        KR_DECREF(m);
        if (!item) return -1;
        if (item != KR_NONE) {
            if (kr_list_append_steal(c->list, item) < 0) return -1;
        } else KR_DECREF(item);
    } else if (kr_list_append(c->list, c->filter) < 0) return -1;
    c->last = end;
    c->n++;
    return c->count > 0 && c->n >= c->count ? 1 : 0;
}

static int has_backslash(KrObject *t, int *literal)
{
    if (KR_STR_CHECK(t)) {
        *literal = kr_str_find_char(t, '\\', 0, KR_STR_LEN(t)) < 0;
        return 0;
    }
    KrBuffer v;
    if (kr_object_get_buffer(t, &v, 0) < 0) {
        kr_err_clear();
        *literal = 0;
        return 0;
    }
    *literal = memchr(v.buf, '\\', (size_t)v.len) == NULL;
    kr_buffer_release(&v);
    return 0;
}

static KrObject *pattern_subx(SrePattern *p, KrObject *repl, KrObject *string, ssize_t count, int subn)
{
    SubCtx c = { NULL, NULL, 0, 0, count, 0 };
    if (kr_callable_check(repl)) {
        c.filter = kr_newref(repl);
        c.callable = 1;
    } else {
        int literal;
        has_backslash(repl, &literal);
        if (literal) c.filter = kr_newref(repl);
        else {
            KrObject *re = kr_import_module_cstr("re");
            if (!re) return NULL;
            KrObject *fn = kr_object_getattr_str(re, "_subx");
            KR_DECREF(re);
            if (!fn) return NULL;
            c.filter = kr_object_call_two(fn, (KrObject *)p, repl);
            KR_DECREF(fn);
            if (!c.filter) return NULL;
            c.callable = kr_callable_check(c.filter);
        }
    }
    Subject s;
    ssize_t pos;
    if (subject_open(p, string, 0, MAXSIZE, &s, &pos) < 0) { KR_DECREF(c.filter); return NULL; }
    KrObject *res = NULL;
    c.list = kr_list_new(0);
    if (c.list && for_each(p, string, &s, 0, sub_fn, &c) == 0) {
        if (c.last < s.len &&
            kr_list_append_steal(c.list, slice_of(string, p->isbytes, &s, c.last, s.len)) < 0)
            goto done;
        KrObject *joiner = empty_of(p->isbytes);
        if (!joiner) goto done;
        if (p->isbytes) res = kr_bytes_join(joiner, c.list);
        else res = kr_str_join(joiner, c.list);
        KR_DECREF(joiner);
        if (res && subn) {
            KrObject *t = kr_tuple_new(2);
            KrObject *n = kr_int_from_ssize(c.n);
            if (!t || !n) { KR_XDECREF(t); KR_XDECREF(n); KR_CLEAR(res); goto done; }
            KR_TUPLE_SET_STEAL(t, 0, res);
            KR_TUPLE_SET_STEAL(t, 1, n);
            res = t;
        }
    }
done:
    KR_XDECREF(c.list);
    KR_DECREF(c.filter);
    subject_close(&s);
    return res;
}

static KrObject *pattern_sub_common(KrObject *self, KrObject *const *args, ssize_t nargs,
                                    KrObject *kwnames, int subn)
{
    static const char *const names[] = { "repl", "string", "count", NULL };
    static const KrArgSpec spec1 = { "sub", names, 0, 3, 2 };
    static const KrArgSpec spec2 = { "subn", names, 0, 3, 2 };
    KrObject *out[3];
    if (kr_args_parse(subn ? &spec2 : &spec1, args, nargs, kwnames, out) < 0) return NULL;
    ssize_t count;
    if (get_ssize(out[2], 0, &count) < 0) return NULL;
    return pattern_subx((SrePattern *)self, out[0], out[1], count, subn);
}

static KrObject *pattern_sub(KrObject *self, KrObject *const *a, ssize_t n, KrObject *kw)
{
    return pattern_sub_common(self, a, n, kw, 0);
}
static KrObject *pattern_subn(KrObject *self, KrObject *const *a, ssize_t n, KrObject *kw)
{
    return pattern_sub_common(self, a, n, kw, 1);
}

static KrObject *scanner_make(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames,
                              const char *fname)
{
    KrArgSpec spec = { fname, match_names, 0, 3, 1 };
    KrObject *out[3];
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    ssize_t pos, endpos;
    if (get_ssize(out[1], 0, &pos) < 0 || get_ssize(out[2], MAXSIZE, &endpos) < 0) return NULL;
    Subject s;
    if (subject_open((SrePattern *)self, out[0], pos, endpos, &s, &pos) < 0) return NULL;
    endpos = s.st.end;
    subject_close(&s);
    SreScanner *sc = KR_NEW(SreScanner, &kr_sre_scanner_type);
    if (!sc) return NULL;
    sc->re = (SrePattern *)kr_newref(self);
    sc->string = kr_newref(out[0]);
    sc->pos = pos;
    sc->endpos = endpos;
    return (KrObject *)sc;
}

static KrObject *pattern_scanner(KrObject *self, KrObject *const *a, ssize_t n, KrObject *kw)
{
    return scanner_make(self, a, n, kw, "scanner");
}

static KrObject *pattern_finditer(KrObject *self, KrObject *const *a, ssize_t n, KrObject *kw)
{
    KrObject *sc = scanner_make(self, a, n, kw, "finditer");
    if (!sc) return NULL;
    KrObject *meth = kr_object_getattr_str(sc, "search");
    KR_DECREF(sc);
    if (!meth) return NULL;
    KrObject *it = kr_calliter_new(meth, KR_NONE);
    KR_DECREF(meth);
    return it;
}

/* ---- Pattern attributes and protocol ---- */

static KrObject *pattern_groupindex(KrObject *self, void *c)
{
    KrObject *d = kr_dict_copy(((SrePattern *)self)->groupindex);
    if (!d) return NULL;
    KrObject *r = kr_mappingproxy_new(d);
    KR_DECREF(d);
    return r;
}

static KrObject *pattern_get_groups(KrObject *self, void *c)
{
    return kr_int_from_ssize(((SrePattern *)self)->groups);
}

static KrObject *pattern_get_flags(KrObject *self, void *c)
{
    return kr_int_from_ssize(((SrePattern *)self)->flags);
}

static KrObject *pattern_get_pattern(KrObject *self, void *c)
{
    return kr_newref(((SrePattern *)self)->pattern);
}

static KrObject *pattern_repr(KrObject *self)
{
    static const struct { const char *name; int value; } flag_names[] = {
        { "re.TEMPLATE", 1 }, { "re.IGNORECASE", 2 }, { "re.LOCALE", 4 }, { "re.MULTILINE", 8 },
        { "re.DOTALL", 16 }, { "re.UNICODE", 32 }, { "re.VERBOSE", 64 }, { "re.DEBUG", 128 },
        { "re.ASCII", 256 },
    };
    SrePattern *p = (SrePattern *)self;
    KrObject *r = kr_object_repr(p->pattern);
    if (!r) return NULL;
    if (KR_STR_LEN(r) > 200) {
        KrObject *t = kr_str_substring(r, 0, 200);
        KR_DECREF(r);
        if (!t) return NULL;
        r = t;
    }
    KrStrBuilder b;
    kr_strbuilder_init(&b);
    int flags = p->flags;
    if (!p->isbytes && (flags & (4 | 32 | 256)) == 32) flags &= ~32;
    if (kr_strbuilder_append_ascii(&b, "re.compile(", -1) < 0 || kr_strbuilder_append_str(&b, r) < 0)
        goto err;
    if (flags) {
        if (kr_strbuilder_append_ascii(&b, ", ", -1) < 0) goto err;
        int first = 1;
        for (size_t i = 0; i < sizeof flag_names / sizeof flag_names[0]; i++) {
            if (flags & flag_names[i].value) {
                if (!first && kr_strbuilder_append_ascii(&b, "|", 1) < 0) goto err;
                if (kr_strbuilder_append_ascii(&b, flag_names[i].name, -1) < 0) goto err;
                flags &= ~flag_names[i].value;
                first = 0;
            }
        }
        if (flags) {
            char buf[32];
            snprintf(buf, sizeof buf, "%s0x%x", first ? "" : "|", (unsigned)flags);
            if (kr_strbuilder_append_ascii(&b, buf, -1) < 0) goto err;
        }
    }
    if (kr_strbuilder_append_ascii(&b, ")", 1) < 0) goto err;
    KR_DECREF(r);
    return kr_strbuilder_finish(&b);
err:
    KR_DECREF(r);
    kr_strbuilder_discard(&b);
    return NULL;
}

static KrObject *pattern_richcompare(KrObject *a, KrObject *b, int op)
{
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(b) != &kr_sre_pattern_type) KR_RETURN_NOTIMPLEMENTED;
    SrePattern *x = (SrePattern *)a, *y = (SrePattern *)b;
    int eq = 1;
    if (x != y) {
        eq = x->flags == y->flags && x->isbytes == y->isbytes && x->codesize == y->codesize &&
             memcmp(x->code, y->code, sizeof(uint32_t) * (size_t)x->codesize) == 0;
        if (eq) {
            int r = kr_object_richcompare_bool(x->pattern, y->pattern, KR_EQ);
            if (r < 0) return NULL;
            eq = r;
        }
    }
    return kr_newref((op == KR_EQ) == eq ? KR_TRUE : KR_FALSE);
}

static kr_hash_t pattern_hash(KrObject *self)
{
    SrePattern *p = (SrePattern *)self;
    kr_hash_t h = kr_object_hash(p->pattern);
    if (h == -1) return -1;
    uint64_t u = (uint64_t)h;
    for (ssize_t i = 0; i < p->codesize; i++) u = (u * 1000003u) ^ p->code[i];
    h = (kr_hash_t)(u ^ (uint64_t)p->flags ^ (uint64_t)p->isbytes);
    return h == -1 ? -2 : h;
}

static KrObject *return_self(KrObject *self, KrObject *unused)
{
    return kr_newref(self);
}

static void pattern_dealloc(KrObject *o)
{
    SrePattern *p = (SrePattern *)o;
    if (p->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    KR_CLEAR(p->pattern);
    KR_CLEAR(p->groupindex);
    KR_CLEAR(p->indexgroup);
    kr_mem_free(p->code);
    KR_TYPE(o)->tp_free(o);
}

static KrMethodDef pattern_methods[] = {
    { "match", (void *)pattern_match, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Matches zero or more characters at the beginning of the string." },
    { "fullmatch", (void *)pattern_fullmatch, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Matches against all of the string." },
    { "search", (void *)pattern_search, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Scan through string looking for a match, and return a corresponding match object instance.\n\n"
      "Return None if no position in the string matches." },
    { "sub", (void *)pattern_sub, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern "
      "in string by the replacement repl." },
    { "subn", (void *)pattern_subn, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost "
      "non-overlapping occurrences of pattern with the replacement repl." },
    { "split", (void *)pattern_split, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Split string by the occurrences of pattern." },
    { "findall", (void *)pattern_findall, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return a list of all non-overlapping matches of pattern in string." },
    { "finditer", (void *)pattern_finditer, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\n"
      "For each match, the iterator returns a match object." },
    { "scanner", (void *)pattern_scanner, KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL },
    { "__copy__", (void *)return_self, KR_METH_NOARGS, NULL },
    { "__deepcopy__", (void *)return_self, KR_METH_O, NULL },
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS,
      "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef pattern_getset[] = {
    { "groupindex", pattern_groupindex, NULL, "A dictionary mapping group names to group numbers.", NULL },
    { "groups", pattern_get_groups, NULL, "The number of capturing groups in the pattern.", NULL },
    { "flags", pattern_get_flags, NULL, "The regex matching flags.", NULL },
    { "pattern", pattern_get_pattern, NULL, "The pattern string from which the RE object was compiled.", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_sre_pattern_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "re.Pattern",
    .tp_basicsize = sizeof(SrePattern),
    .tp_dealloc = pattern_dealloc,
    .tp_repr = pattern_repr,
    .tp_hash = pattern_hash,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_doc = "Compiled regular expression object.",
    .tp_richcompare = pattern_richcompare,
    .tp_weaklistoffset = offsetof(SrePattern, weakreflist),
    .tp_methods = pattern_methods,
    .tp_getset = pattern_getset,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

/* ---- Match ---- */

/* The group number for index object g, or -1 with IndexError. */
static ssize_t match_index(SreMatch *m, KrObject *g)
{
    ssize_t i = -1;
    if (KR_INT_CHECK(g)) {
        int overflow;
        int64_t v = kr_int_as_i64_overflow(g, &overflow);
        i = overflow ? -1 : (ssize_t)v;
    } else if (m->re->groupindex) {
        KrObject *v = kr_dict_get_item_borrow(m->re->groupindex, g);
        if (v && KR_INT_CHECK(v)) i = kr_int_as_ssize(v);
        if (kr_err_occurred()) kr_err_clear();
    }
    if (i < 0 || i > m->re->groups) {
        kr_err_set_string(kr_exc_IndexError, "no such group");
        return -1;
    }
    return i;
}

static KrObject *match_slice(SreMatch *m, ssize_t i, KrObject *dflt)
{
    ssize_t a = m->marks[2 * i], b = m->marks[2 * i + 1];
    if (a < 0 || b < 0) return kr_newref(dflt);
    if (!m->re->isbytes) return kr_str_substring(m->string, a, b);
    KrBuffer v;
    if (kr_object_get_buffer(m->string, &v, 0) < 0) return NULL;
    KrObject *r;
    if (KR_BYTES_CHECK_EXACT(m->string) && a == 0 && b == v.len) r = kr_newref(m->string);
    else if (b <= v.len) r = kr_bytes_from((const char *)v.buf + a, b - a);
    else r = kr_bytes_from("", 0);
    kr_buffer_release(&v);
    return r;
}

static KrObject *match_getslice(SreMatch *m, KrObject *g, KrObject *dflt)
{
    ssize_t i = match_index(m, g);
    if (i < 0) return NULL;
    return match_slice(m, i, dflt);
}

static KrObject *match_group(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    SreMatch *m = (SreMatch *)self;
    if (nargs == 0) return match_slice(m, 0, KR_NONE);
    if (nargs == 1) return match_getslice(m, args[0], KR_NONE);
    KrObject *t = kr_tuple_new(nargs);
    if (!t) return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        KrObject *v = match_getslice(m, args[i], KR_NONE);
        if (!v) { KR_DECREF(t); return NULL; }
        KR_TUPLE_SET_STEAL(t, i, v);
    }
    return t;
}

static KrObject *match_getitem(KrObject *self, KrObject *key)
{
    return match_getslice((SreMatch *)self, key, KR_NONE);
}

static KrObject *match_groups(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "default", NULL };
    static const KrArgSpec spec = { "groups", names, 0, 1, 0 };
    KrObject *out[1];
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    SreMatch *m = (SreMatch *)self;
    KrObject *t = kr_tuple_new(m->re->groups);
    if (!t) return NULL;
    for (ssize_t i = 1; i <= m->re->groups; i++) {
        KrObject *v = match_slice(m, i, out[0] ? out[0] : KR_NONE);
        if (!v) { KR_DECREF(t); return NULL; }
        KR_TUPLE_SET_STEAL(t, i - 1, v);
    }
    return t;
}

static KrObject *match_groupdict(KrObject *self, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "default", NULL };
    static const KrArgSpec spec = { "groupdict", names, 0, 1, 0 };
    KrObject *out[1];
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    SreMatch *m = (SreMatch *)self;
    KrObject *d = kr_dict_new();
    if (!d) return NULL;
    ssize_t pos = 0;
    KrObject *k, *v;
    while (kr_dict_next(m->re->groupindex, &pos, &k, &v)) {
        KrObject *val = match_getslice(m, k, out[0] ? out[0] : KR_NONE);
        if (!val || kr_dict_set_item(d, k, val) < 0) {
            KR_XDECREF(val);
            KR_DECREF(d);
            return NULL;
        }
        KR_DECREF(val);
    }
    return d;
}

static KrObject *match_pos_common(KrObject *self, KrObject *const *args, ssize_t nargs, const char *fname,
                                  int which)
{
    if (kr_args_check_count(fname, nargs, 0, 1) < 0) return NULL;
    SreMatch *m = (SreMatch *)self;
    ssize_t i = 0;
    if (nargs) {
        i = match_index(m, args[0]);
        if (i < 0) return NULL;
    }
    ssize_t a = m->marks[2 * i], b = m->marks[2 * i + 1];
    if (which == 0) return kr_int_from_ssize(a);
    if (which == 1) return kr_int_from_ssize(b);
    KrObject *t = kr_tuple_new(2);
    if (!t) return NULL;
    KrObject *x = kr_int_from_ssize(a), *y = kr_int_from_ssize(b);
    if (!x || !y) { KR_XDECREF(x); KR_XDECREF(y); KR_DECREF(t); return NULL; }
    KR_TUPLE_SET_STEAL(t, 0, x);
    KR_TUPLE_SET_STEAL(t, 1, y);
    return t;
}

static KrObject *match_start(KrObject *s, KrObject *const *a, ssize_t n) { return match_pos_common(s, a, n, "start", 0); }
static KrObject *match_end(KrObject *s, KrObject *const *a, ssize_t n) { return match_pos_common(s, a, n, "end", 1); }
static KrObject *match_span(KrObject *s, KrObject *const *a, ssize_t n) { return match_pos_common(s, a, n, "span", 2); }

static KrObject *match_expand(KrObject *self, KrObject *tmpl)
{
    KrObject *re = kr_import_module_cstr("re");
    if (!re) return NULL;
    KrObject *fn = kr_object_getattr_str(re, "_expand");
    KR_DECREF(re);
    if (!fn) return NULL;
    KrObject *args[3] = { (KrObject *)((SreMatch *)self)->re, self, tmpl };
    KrObject *r = kr_object_vectorcall(fn, args, 3, NULL);
    KR_DECREF(fn);
    return r;
}

static KrObject *match_regs(KrObject *self, void *c)
{
    SreMatch *m = (SreMatch *)self;
    KrObject *t = kr_tuple_new(m->re->groups + 1);
    if (!t) return NULL;
    for (ssize_t i = 0; i <= m->re->groups; i++) {
        KrObject *sp = match_span(self, NULL, 0);
        if (i > 0) {
            KR_XDECREF(sp);
            KrObject *idx = kr_int_from_ssize(i);
            if (!idx) { KR_DECREF(t); return NULL; }
            sp = match_span(self, &idx, 1);
            KR_DECREF(idx);
        }
        if (!sp) { KR_DECREF(t); return NULL; }
        KR_TUPLE_SET_STEAL(t, i, sp);
    }
    return t;
}

static KrObject *match_get_string(KrObject *self, void *c) { return kr_newref(((SreMatch *)self)->string); }
static KrObject *match_get_re(KrObject *self, void *c) { return kr_newref((KrObject *)((SreMatch *)self)->re); }
static KrObject *match_get_pos(KrObject *self, void *c) { return kr_int_from_ssize(((SreMatch *)self)->pos); }
static KrObject *match_get_endpos(KrObject *self, void *c) { return kr_int_from_ssize(((SreMatch *)self)->endpos); }

static KrObject *match_get_lastindex(KrObject *self, void *c)
{
    SreMatch *m = (SreMatch *)self;
    if (m->lastindex < 0) KR_RETURN_NONE;
    return kr_int_from_ssize(m->lastindex);
}

static KrObject *match_get_lastgroup(KrObject *self, void *c)
{
    SreMatch *m = (SreMatch *)self;
    KrObject *ig = m->re->indexgroup;
    if (m->lastindex < 0 || !ig || !KR_TUPLE_CHECK(ig) || m->lastindex >= KR_SIZE(ig)) KR_RETURN_NONE;
    return kr_newref(KR_TUPLE_GET(ig, m->lastindex));
}

static KrObject *match_repr(KrObject *self)
{
    SreMatch *m = (SreMatch *)self;
    KrObject *g = match_slice(m, 0, KR_NONE);
    if (!g) return NULL;
    KrObject *r = kr_str_from_format("<re.Match object; span=(%zd, %zd), match=%R>", m->marks[0],
                                     m->marks[1], g);
    KR_DECREF(g);
    return r;
}

static void match_dealloc(KrObject *o)
{
    SreMatch *m = (SreMatch *)o;
    KR_CLEAR(m->string);
    KR_CLEAR(m->re);
    kr_mem_free(m->marks);
    KR_TYPE(o)->tp_free(o);
}

static KrMethodDef match_methods[] = {
    { "group", (void *)match_group, KR_METH_FASTCALL,
      "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n"
      "    For 0 returns the entire match." },
    { "start", (void *)match_start, KR_METH_FASTCALL, "Return index of the start of the substring matched by group." },
    { "end", (void *)match_end, KR_METH_FASTCALL, "Return index of the end of the substring matched by group." },
    { "span", (void *)match_span, KR_METH_FASTCALL, "For match object m, return the 2-tuple (m.start(group), m.end(group))." },
    { "groups", (void *)match_groups, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return a tuple containing all the subgroups of the match, from 1.\n\n"
      "  default\n    Is used for groups that did not participate in the match." },
    { "groupdict", (void *)match_groupdict, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n"
      "  default\n    Is used for groups that did not participate in the match." },
    { "expand", (void *)match_expand, KR_METH_O,
      "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method." },
    { "__copy__", (void *)return_self, KR_METH_NOARGS, NULL },
    { "__deepcopy__", (void *)return_self, KR_METH_O, NULL },
    { "__class_getitem__", (void *)kr_generic_alias_class_getitem, KR_METH_O | KR_METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef match_getset[] = {
    { "string", match_get_string, NULL, "The string passed to match() or search().", NULL },
    { "re", match_get_re, NULL, "The regular expression object.", NULL },
    { "pos", match_get_pos, NULL, "The index into the string at which the RE engine started looking for a match.", NULL },
    { "endpos", match_get_endpos, NULL, "The index into the string beyond which the RE engine will not go.", NULL },
    { "lastindex", match_get_lastindex, NULL, "The integer index of the last matched capturing group.", NULL },
    { "lastgroup", match_get_lastgroup, NULL, "The name of the last matched capturing group.", NULL },
    { "regs", match_regs, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

static KrMappingMethods match_as_mapping = { .mp_subscript = match_getitem };

KrTypeObject kr_sre_match_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "re.Match",
    .tp_basicsize = sizeof(SreMatch),
    .tp_dealloc = match_dealloc,
    .tp_repr = match_repr,
    .tp_as_mapping = &match_as_mapping,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_doc = "The result of re.match() and re.search().\n"
              "Match objects always have a boolean value of True.",
    .tp_methods = match_methods,
    .tp_getset = match_getset,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

/* ---- Scanner ---- */

static KrObject *scanner_step(KrObject *self, int search)
{
    SreScanner *sc = (SreScanner *)self;
    if (sc->done || sc->pos > sc->endpos) KR_RETURN_NONE;
    Subject s;
    ssize_t pos;
    if (subject_open(sc->re, sc->string, sc->pos, sc->endpos, &s, &pos) < 0) return NULL;
    ssize_t start = sc->pos, end = 0;
    int r;
    s.st.must_advance = sc->must_advance;
    if (search) r = kr_sre_search(&s.st, sc->pos, &start, &end);
    else r = kr_sre_match_at(&s.st, sc->pos, &end);
    KrObject *res;
    if (r < 0) res = NULL;
    else if (r == 0) {
        sc->done = 1;
        res = kr_newref(KR_NONE);
    } else {
        res = match_new(sc->re, sc->string, &s, sc->pos, start, end);
        sc->must_advance = end == start;
        sc->pos = end;
    }
    subject_close(&s);
    return res;
}

static KrObject *scanner_match(KrObject *self, KrObject *unused) { return scanner_step(self, 0); }
static KrObject *scanner_search(KrObject *self, KrObject *unused) { return scanner_step(self, 1); }
static KrObject *scanner_get_pattern(KrObject *self, void *c) { return kr_newref((KrObject *)((SreScanner *)self)->re); }

static void scanner_dealloc(KrObject *o)
{
    SreScanner *sc = (SreScanner *)o;
    KR_CLEAR(sc->re);
    KR_CLEAR(sc->string);
    KR_TYPE(o)->tp_free(o);
}

static KrMethodDef scanner_methods[] = {
    { "match", (void *)scanner_match, KR_METH_NOARGS, NULL },
    { "search", (void *)scanner_search, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

static KrGetSetDef scanner_getset[] = {
    { "pattern", scanner_get_pattern, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_sre_scanner_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_sre.SRE_Scanner",
    .tp_basicsize = sizeof(SreScanner),
    .tp_dealloc = scanner_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT,
    .tp_methods = scanner_methods,
    .tp_getset = scanner_getset,
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

/* ---- module functions ---- */

static KrObject *sre_compile(KrObject *mod, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    static const char *const names[] = { "pattern", "flags", "code", "groups", "groupindex",
                                         "indexgroup", NULL };
    static const KrArgSpec spec = { "compile", names, 0, 6, 6 };
    KrObject *out[6];
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    if (!KR_LIST_CHECK(out[2])) {
        return kr_err_format(kr_exc_TypeError, "compile() argument 'code' must be list, not %s",
                             KR_TYPE(out[2])->tp_name);
    }
    if (!KR_DICT_CHECK(out[4])) {
        return kr_err_format(kr_exc_TypeError, "compile() argument 'groupindex' must be dict, not %s",
                             KR_TYPE(out[4])->tp_name);
    }
    if (!KR_TUPLE_CHECK(out[5])) {
        return kr_err_format(kr_exc_TypeError, "compile() argument 'indexgroup' must be tuple, not %s",
                             KR_TYPE(out[5])->tp_name);
    }
    ssize_t flags, groups;
    if (get_ssize(out[1], 0, &flags) < 0 || get_ssize(out[3], 0, &groups) < 0) return NULL;
    if (groups < 0 || groups > SRE_MAXGROUPS) {
        kr_err_set_string(kr_exc_RuntimeError, "invalid SRE code");
        return NULL;
    }
    ssize_t n = KR_SIZE(out[2]);
    SrePattern *p = KR_NEW(SrePattern, &kr_sre_pattern_type);
    if (!p) return NULL;
    p->code = kr_mem_alloc(sizeof(uint32_t) * (size_t)(n + 1));
    if (!p->code) { KR_DECREF(p); return kr_err_no_memory(); }
    for (ssize_t i = 0; i < n; i++) {
        KrObject *v = KR_LIST_GET(out[2], i);
        if (!KR_INT_CHECK(v)) {
            KR_DECREF(p);
            return kr_err_format(kr_exc_TypeError, "an integer is required");
        }
        int overflow;
        int64_t x = kr_int_as_i64_overflow(v, &overflow);
        if (overflow || x < 0 || x > 0xffffffffLL) {
            KR_DECREF(p);
            kr_err_set_string(kr_exc_OverflowError, "regular expression code size limit exceeded");
            return NULL;
        }
        p->code[i] = (uint32_t)x;
    }
    p->codesize = n;
    p->pattern = kr_newref(out[0]);
    p->flags = (int)flags;
    p->groups = groups;
    p->groupindex = kr_newref(out[4]);
    p->indexgroup = kr_newref(out[5]);
    p->isbytes = out[0] != KR_NONE && !KR_STR_CHECK(out[0]);
    return (KrObject *)p;
}

static KrObject *sre_getcodesize(KrObject *m, KrObject *unused) { return kr_int_from_ssize(4); }

static int char_arg(KrObject *o, uint32_t *out)
{
    ssize_t v = kr_number_as_ssize(o, NULL);
    if (v == -1 && kr_err_occurred()) return -1;
    *out = (uint32_t)v;
    return 0;
}

static KrObject *sre_ascii_iscased(KrObject *m, KrObject *o)
{
    uint32_t c;
    if (char_arg(o, &c) < 0) return NULL;
    return kr_newref(c < 128 && ((c | 32) - 'a') < 26u ? KR_TRUE : KR_FALSE);
}

static KrObject *sre_unicode_iscased(KrObject *m, KrObject *o)
{
    uint32_t c;
    if (char_arg(o, &c) < 0) return NULL;
    return kr_newref(c != kr_sre_lower_unicode(c) || c != kr_sre_upper_unicode(c) ? KR_TRUE : KR_FALSE);
}

static KrObject *sre_ascii_tolower(KrObject *m, KrObject *o)
{
    uint32_t c;
    if (char_arg(o, &c) < 0) return NULL;
    return kr_int_from_ssize(kr_sre_lower_ascii(c));
}

static KrObject *sre_unicode_tolower(KrObject *m, KrObject *o)
{
    uint32_t c;
    if (char_arg(o, &c) < 0) return NULL;
    return kr_int_from_ssize(kr_sre_lower_unicode(c));
}

static KrMethodDef sre_functions[] = {
    { "compile", (void *)sre_compile, KR_METH_FASTCALL | KR_METH_KEYWORDS, NULL },
    { "getcodesize", (void *)sre_getcodesize, KR_METH_NOARGS, NULL },
    { "ascii_iscased", (void *)sre_ascii_iscased, KR_METH_O, NULL },
    { "unicode_iscased", (void *)sre_unicode_iscased, KR_METH_O, NULL },
    { "ascii_tolower", (void *)sre_ascii_tolower, KR_METH_O, NULL },
    { "unicode_tolower", (void *)sre_unicode_tolower, KR_METH_O, NULL },
    { NULL, NULL, 0, NULL },
};

static int sre_exec(KrObject *m)
{
    if (kr_type_ready(&kr_sre_pattern_type) < 0) return -1;
    if (kr_type_ready(&kr_sre_match_type) < 0) return -1;
    if (kr_type_ready(&kr_sre_scanner_type) < 0) return -1;
    if (kr_module_add_steal(m, "MAGIC", kr_int_from_ssize(SRE_MAGIC)) < 0) return -1;
    if (kr_module_add_steal(m, "CODESIZE", kr_int_from_ssize(4)) < 0) return -1;
    if (kr_module_add_steal(m, "MAXREPEAT", kr_int_from_ssize(1073741823)) < 0) return -1;
    if (kr_module_add_steal(m, "MAXGROUPS", kr_int_from_ssize(SRE_MAXGROUPS)) < 0) return -1;
    if (kr_module_add_steal(m, "copyright", kr_str_from_cstr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ")) < 0)
        return -1;
    return 0;
}

KrModuleDef kr_sremodule_def = {
    .name = "_sre",
    .doc = NULL,
    .methods = sre_functions,
    .exec = sre_exec,
};
