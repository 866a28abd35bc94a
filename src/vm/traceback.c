/* traceback.c — the exception report of CPython 3.11's default excepthook,
 * reproduced line for line: traceback entries with source lines and the
 * 3.11 column carets (~ under binary-operator operands and subscript
 * values, elided when they would cover the whole line), recursion
 * compaction, chained exceptions, SyntaxError layout, exception-group
 * boxes, notes and "Did you mean" suggestions. Output is built as UTF-8 in
 * a buffer and written in one go. Implements kr_err_print (err.h). */
#include "traceback.h"
#include "err.h"
#include "state.h"
#include "../objects/traceback_obj.h"
#include "../objects/frameobject.h"
#include "../objects/code.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../objects/dict.h"
#include "../objects/set.h"
#include "../objects/bytes.h"
#include "../objects/ids.h"
#include "../objects/type.h"
#include "../objects/abstract.h"
#include "../objects/exceptions.h"
#include "../parser/parser.h"
#include "../memory/mem.h"
#include "frame.h"
#include "lifecycle.h"

#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <sys/stat.h>
#include <limits.h>

#define TB_RECURSIVE_CUTOFF 3
#define TB_LIMIT 1000
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

/* ---- an output buffer ------------------------------------------------------ */

typedef struct {
    char *data;
    size_t len, cap;
    int failed;
    int depth;          /* exception group nesting */
    int need_close;
    KrObject *seen;     /* set of ids of exceptions already printed */
} Out;

static void out_write(Out *o, const char *s, size_t n)
{
    if (o->failed) return;
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 1024;
        while (cap < o->len + n + 1) cap *= 2;
        char *d = kr_raw_realloc(o->data, cap);
        if (!d) {
            o->failed = 1;
            return;
        }
        o->data = d;
        o->cap = cap;
    }
    memcpy(o->data + o->len, s, n);
    o->len += n;
    o->data[o->len] = '\0';
}

static void out_puts(Out *o, const char *s) { out_write(o, s, strlen(s)); }

static void out_printf(Out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out_printf(Out *o, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    out_write(o, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static void out_spaces(Out *o, ssize_t n)
{
    while (n-- > 0) out_write(o, " ", 1);
}

/* Writes a str object as UTF-8 (surrogates become '?'). */
static void out_str(Out *o, KrObject *s)
{
    ssize_t n;
    const char *u = kr_str_as_utf8(s, &n);
    if (u) {
        out_write(o, u, (size_t)n);
        return;
    }
    kr_err_clear();
    for (ssize_t i = 0; i < KR_STR_LEN(s); i++) {
        uint32_t ch = KR_STR_READ_CHAR(s, i);
        char buf[8];
        if (ch < 0x80) {
            buf[0] = (char)ch;
            out_write(o, buf, 1);
        } else {
            out_write(o, "?", 1);
        }
    }
}

/* str(obj) written out, or `fallback` if str() fails. */
static void out_object_str(Out *o, KrObject *obj, const char *fallback)
{
    KrObject *s = kr_object_str(obj);
    if (!s) {
        kr_err_clear();
        out_puts(o, fallback);
        return;
    }
    out_str(o, s);
    KR_DECREF(s);
}

/* The margin of the current exception-group level: indent + "| ". */
static void out_margin(Out *o)
{
    out_spaces(o, 2 * o->depth);
    if (o->depth) out_puts(o, "| ");
}

/* ---- source lines ------------------------------------------------------------ */

static struct {
    char *path;
    char *data;
    size_t len;
    time_t mtime;
    off_t size;
} line_cache;

/* The text of line `lineno` of the file (without its newline), as a new
 * str, or NULL (no exception) if unavailable. */
static KrObject *source_line(KrObject *filename, int lineno)
{
    if (lineno < 1 || !filename || !KR_STR_CHECK(filename)) return NULL;
    if (kr_runtime_modules_torn_down()) return NULL;   /* as CPython, late in shutdown */
    const char *path = kr_str_as_utf8(filename, NULL);
    if (!path) {
        kr_err_clear();
        return NULL;
    }
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) return NULL;
    if (!line_cache.path || strcmp(line_cache.path, path) != 0 || line_cache.mtime != st.st_mtime ||
        line_cache.size != st.st_size) {
        FILE *fp = fopen(path, "rb");
        if (!fp) return NULL;
        char *data = kr_raw_alloc((size_t)st.st_size + 1);
        if (!data) {
            fclose(fp);
            return NULL;
        }
        size_t n = fread(data, 1, (size_t)st.st_size, fp);
        fclose(fp);
        data[n] = '\0';
        kr_raw_free(line_cache.path);
        kr_raw_free(line_cache.data);
        line_cache.path = kr_raw_strdup(path);
        line_cache.data = data;
        line_cache.len = n;
        line_cache.mtime = st.st_mtime;
        line_cache.size = st.st_size;
        if (!line_cache.path) {
            kr_raw_free(data);
            line_cache.data = NULL;
            return NULL;
        }
    }
    const char *p = line_cache.data, *end = line_cache.data + line_cache.len;
    for (int i = 1; i < lineno && p < end; i++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return NULL;
        p = nl + 1;
    }
    if (p >= end) return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *stop = nl ? nl : end;
    if (stop > p && stop[-1] == '\r') stop--;
    KrObject *s = kr_str_from_utf8(p, stop - p);
    if (!s) {
        kr_err_clear();
        s = kr_str_from_utf8_surrogateescape(p, stop - p);
        if (!s) kr_err_clear();
    }
    return s;
}

/* Characters in the first `col` UTF-8 bytes of s (clamped as CPython). */
static ssize_t byte_to_char_offset(const char *s, ssize_t slen, ssize_t col)
{
    if (col > slen + 1) col = slen + 1;
    if (col > slen) {
        ssize_t n = 0;
        for (ssize_t i = 0; i < slen; i++)
            if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
        return n + (col - slen);
    }
    ssize_t n = 0;
    for (ssize_t i = 0; i < col; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
    return n;
}

static int is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

/* Parses the failing segment to find a binary operator or subscript:
 * 1 and the anchors (character offsets within the segment), else 0. */
static int extract_anchors(KrObject *filename, const char *seg, ssize_t seglen, ssize_t *left,
                           ssize_t *right)
{
    KrArena *arena = kr_arena_new();
    if (!arena) {
        kr_err_clear();
        return 0;
    }
    int res = 0;
    KrObject *exc = kr_err_fetch();
    KrAstMod *mod = kr_parse_source_flags(seg, seglen, filename, KR_PARSE_EXEC,
                                          KR_PARSE_FLAG_IGNORE_COOKIE, arena);
    if (!mod) {
        kr_err_clear();
        goto done;
    }
    if (mod->kind != KR_MOD_MODULE || KR_AST_SEQ_LEN(mod->v.Module.body) != 1) goto done;
    KrAstStmt *st = KR_AST_SEQ_GET(mod->v.Module.body, 0);
    if (st->kind != KR_STMT_EXPR) goto done;
    KrAstExpr *e = st->v.Expr.value;
    if (e->kind == KR_EXPR_BIN_OP) {
        KrAstExpr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
        for (ssize_t i = l->end_col_offset; i < r->col_offset && i < seglen; i++) {
            if (is_ws(seg[i])) continue;
            ssize_t la = i, ra = i + 1;
            if (i + 1 < r->col_offset && i + 1 < seglen && !is_ws(seg[i + 1])) ra++;
            *left = byte_to_char_offset(seg, seglen, la);
            *right = byte_to_char_offset(seg, seglen, ra);
            res = 1;
            break;
        }
    } else if (e->kind == KR_EXPR_SUBSCRIPT) {
        *left = byte_to_char_offset(seg, seglen, e->v.Subscript.value->end_col_offset);
        *right = byte_to_char_offset(seg, seglen, e->v.Subscript.slice->end_col_offset + 1);
        res = 1;
    }
done:
    kr_arena_free(arena);
    kr_err_restore(exc);
    return res;
}

/* One traceback entry: the File line, the source line and the carets. */
static void display_line(Out *o, KrTracebackObject *tb, KrCodeObject *co, int lineno)
{
    out_margin(o);
    out_puts(o, "  File \"");
    out_str(o, co->co_filename);
    out_printf(o, "\", line %d, in ", lineno);
    out_str(o, co->co_name);
    out_puts(o, "\n");

    KrObject *line = source_line(co->co_filename, lineno);
    if (!line) return;
    ssize_t linelen = KR_STR_LEN(line);
    ssize_t ws = 0;
    while (ws < linelen) {
        uint32_t ch = KR_STR_READ_CHAR(line, ws);
        if (ch != ' ' && ch != '\t' && ch != '\f') break;
        ws++;
    }
    KrObject *stripped = kr_str_substring(line, ws, linelen);
    if (!stripped) {
        kr_err_clear();
        KR_DECREF(line);
        return;
    }
    out_margin(o);
    out_puts(o, "    ");
    out_str(o, stripped);
    out_puts(o, "\n");
    KR_DECREF(stripped);

    int sl, el, sc, ec;
    if (tb->tb_lasti < 0 || kr_code_addr2location(co, tb->tb_lasti / 2, &sl, &el, &sc, &ec) < 0 ||
        sl < 0 || el < 0 || sc < 0 || ec < 0) {
        KR_DECREF(line);
        return;
    }
    ssize_t ulen;
    const char *u = kr_str_as_utf8(line, &ulen);
    if (!u) {
        kr_err_clear();
        KR_DECREF(line);
        return;
    }
    ssize_t start = byte_to_char_offset(u, ulen, sc);
    ssize_t end = byte_to_char_offset(u, ulen, ec);
    ssize_t left = -1, right = -1;
    int anchors = 0;
    if (sl == el) {
        if (start < end && end <= linelen) {
            KrObject *seg = kr_str_substring(line, start, end);
            ssize_t seglen;
            const char *su = seg ? kr_str_as_utf8(seg, &seglen) : NULL;
            if (su && extract_anchors(co->co_filename, su, seglen, &left, &right)) {
                anchors = 1;
                left += start;
                right += start;
            }
            KR_XDECREF(seg);
            kr_err_clear();
        }
    } else {
        ssize_t i = linelen;
        while (--i >= 0) {
            uint32_t ch = KR_STR_READ_CHAR(line, i);
            if (!(ch == ' ' || ch == '\t' || ch == '\f' || ch == '\n' || ch == '\r' || ch == '\v')) break;
        }
        end = i + 1;
    }
    KR_DECREF(line);
    if (end - start == linelen - ws && !anchors) return;
    if (end <= start) return;
    out_margin(o);
    out_puts(o, "    ");
    out_spaces(o, start - ws);
    for (ssize_t col = start; col < end; col++) {
        if (anchors && col >= left && col < right) out_puts(o, "^");
        else out_puts(o, anchors ? "~" : "^");
    }
    out_puts(o, "\n");
}

/* sys.tracebacklimit (TB_LIMIT when unset; <= 0 prints no traceback). */
static ssize_t traceback_limit(void)
{
    KrObject *lim = kr_interp.sysdict ? kr_dict_get_item_str_borrow(kr_interp.sysdict, "tracebacklimit") : NULL;
    if (lim && KR_INT_CHECK(lim)) {
        int64_t v = kr_int_as_i64(lim);
        if (v == -1 && kr_err_occurred()) {
            kr_err_clear();
            return TB_LIMIT;
        }
        return v <= 0 ? 0 : (ssize_t)v;
    }
    if (kr_err_occurred()) kr_err_clear();
    return TB_LIMIT;
}

static void print_tb(Out *o, KrObject *tbobj)
{
    ssize_t depth = 0;
    for (KrTracebackObject *t = (KrTracebackObject *)tbobj; t; t = t->tb_next) depth++;
    KrTracebackObject *tb = (KrTracebackObject *)tbobj;
    ssize_t limit = traceback_limit();
    if (limit <= 0) return;
    while (tb && depth > limit) {
        depth--;
        tb = tb->tb_next;
    }
    KrObject *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (; tb; tb = tb->tb_next) {
        KrFrameObject *fo = (KrFrameObject *)tb->tb_frame;
        KrCodeObject *co = fo && fo->f_frame ? fo->f_frame->f_code : NULL;
        if (!co) continue;
        int lineno = tb->tb_lineno;
        if (!last_file || !kr_str_equal(co->co_filename, last_file) || last_line == -1 ||
            lineno != last_line || !last_name || !kr_str_equal(co->co_name, last_name)) {
            if (cnt > TB_RECURSIVE_CUTOFF) {
                cnt -= TB_RECURSIVE_CUTOFF;
                out_margin(o);
                out_printf(o, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
            }
            last_file = co->co_filename;
            last_line = lineno;
            last_name = co->co_name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF) display_line(o, tb, co, lineno);
    }
    if (cnt > TB_RECURSIVE_CUTOFF) {
        cnt -= TB_RECURSIVE_CUTOFF;
        out_margin(o);
        out_printf(o, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
    }
}

/* ---- suggestions ("Did you mean") ----------------------------------------------- */

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static int substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a += 'a' - 'A';
    if ('A' <= b && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

static ssize_t levenshtein(const char *a, size_t a_size, const char *b, size_t b_size, size_t max_cost)
{
    size_t buffer[MAX_STRING_SIZE];
    if (a == b) return 0;
    while (a_size && b_size && a[0] == b[0]) {
        a++; a_size--;
        b++; b_size--;
    }
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) {
        a_size--;
        b_size--;
    }
    if (a_size == 0 || b_size == 0) return (ssize_t)((a_size + b_size) * MOVE_COST);
    if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE) return (ssize_t)max_cost + 1;
    if (b_size < a_size) {
        const char *t = a; a = b; b = t;
        size_t ts = a_size; a_size = b_size; b_size = ts;
    }
    if ((b_size - a_size) * MOVE_COST > max_cost) return (ssize_t)max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < a_size; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < b_size; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t index = 0; index < a_size; index++) {
            size_t substitute = distance + (size_t)substitution_cost(code, a[index]);
            distance = buffer[index];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[index] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return (ssize_t)max_cost + 1;
    }
    return (ssize_t)result;
}

/* The closest item of list `dir` to name (borrowed from dir), or NULL. */
static KrObject *calculate_suggestions(KrObject *dir, KrObject *name)
{
    ssize_t n = KR_SIZE(dir);
    if (n >= MAX_CANDIDATE_ITEMS) return NULL;
    ssize_t name_size;
    const char *name_str = kr_str_as_utf8(name, &name_size);
    if (!name_str) return NULL;
    ssize_t best_dist = SSIZE_MAX;
    KrObject *best = NULL;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *item = KR_LIST_GET(dir, i);
        if (!KR_STR_CHECK(item)) continue;
        ssize_t item_size;
        const char *item_str = kr_str_as_utf8(item, &item_size);
        if (!item_str) return NULL;
        if (item_size == name_size && memcmp(item_str, name_str, (size_t)name_size) == 0) continue;
        ssize_t max_distance = (name_size + item_size + 3) * MOVE_COST / 6;
        if (best_dist - 1 < max_distance) max_distance = best_dist - 1;
        ssize_t d = levenshtein(name_str, (size_t)name_size, item_str, (size_t)item_size,
                                (size_t)(max_distance < 0 ? 0 : max_distance));
        if (max_distance < 0 || d > max_distance) continue;
        if (!best || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

static KrObject *suggest_from(KrObject *iterable, KrObject *name)
{
    KrObject *dir = kr_sequence_list(iterable);
    if (!dir) return NULL;
    KrObject *s = calculate_suggestions(dir, name);
    KR_XINCREF(s);
    KR_DECREF(dir);
    return s;
}

static KrObject *get_attr_or_null(KrObject *o, const char *name)
{
    KrObject *key = kr_str_from_cstr(name);
    KrObject *v = NULL;
    if (key && kr_object_lookup_attr(o, key, &v) < 0) v = NULL;
    KR_XDECREF(key);
    kr_err_clear();
    return v;
}

KrObject *kr_traceback_suggestion(KrObject *exc)
{
    KrObject *saved = kr_err_fetch();
    KrObject *res = NULL;
    KrObject *name = get_attr_or_null(exc, "name");
    if (!name || !KR_STR_CHECK_EXACT(name)) goto done;
    if (kr_object_is_instance(exc, kr_exc_AttributeError) > 0) {
        KrObject *obj = get_attr_or_null(exc, "obj");
        if (obj && obj != KR_NONE) {
            KrObject *dir = kr_object_dir(obj);
            if (dir && KR_LIST_CHECK(dir)) {
                res = calculate_suggestions(dir, name);
                KR_XINCREF(res);
            }
            KR_XDECREF(dir);
        }
        KR_XDECREF(obj);
    } else if (kr_object_is_instance(exc, kr_exc_NameError) > 0) {
        KrTracebackObject *tb = (KrTracebackObject *)kr_exception_get_traceback(exc);
        if (!tb || !KR_TRACEBACK_CHECK(tb)) goto done;
        while (tb->tb_next) tb = tb->tb_next;
        KrFrameObject *fo = (KrFrameObject *)tb->tb_frame;
        KrFrame *f = fo ? fo->f_frame : NULL;
        if (!f || !f->f_code) goto done;
        KrCodeObject *co = f->f_code;
        KrObject *varnames = kr_list_new(0);
        if (!varnames) goto done;
        const uint8_t *kinds = (const uint8_t *)KR_BYTES_DATA(co->co_localspluskinds);
        for (int i = 0; i < co->co_nlocalsplus; i++) {
            if ((kinds[i] & KR_CO_FAST_LOCAL) &&
                kr_list_append(varnames, KR_TUPLE_GET(co->co_localsplusnames, i)) < 0)
                break;
        }
        res = calculate_suggestions(varnames, name);
        KR_XINCREF(res);
        KR_DECREF(varnames);
        if (!res && f->f_globals) res = suggest_from(f->f_globals, name);
        if (!res && f->f_builtins) res = suggest_from(f->f_builtins, name);
    }
done:
    kr_err_clear();
    KR_XDECREF(name);
    kr_err_restore(saved);
    return res;
}

/* ---- exceptions ---------------------------------------------------------------------- */

static int is_group(KrObject *e)
{
    return kr_type_is_subtype(KR_TYPE(e), (KrTypeObject *)kr_exc_BaseExceptionGroup);
}

/* SyntaxError's "  File ..., line N" + text + caret lines. Returns the
 * message to print instead of str(exc) (new ref), or NULL when exc is not
 * laid out that way. */
static KrObject *print_file_and_line(Out *o, KrObject *exc)
{
    KrObject *marker = get_attr_or_null(exc, "print_file_and_line");
    if (!marker) return NULL;
    KR_DECREF(marker);
    KrObject *msg = get_attr_or_null(exc, "msg");
    KrObject *filename = get_attr_or_null(exc, "filename");
    KrObject *lineno_o = get_attr_or_null(exc, "lineno");
    KrObject *offset_o = get_attr_or_null(exc, "offset");
    KrObject *end_lineno_o = get_attr_or_null(exc, "end_lineno");
    KrObject *end_offset_o = get_attr_or_null(exc, "end_offset");
    KrObject *text = get_attr_or_null(exc, "text");
    KrObject *result = NULL;
    if (!msg || !lineno_o || !KR_INT_CHECK(lineno_o)) goto done;
    int64_t lineno = kr_int_as_i64(lineno_o);
    int64_t offset = (offset_o && KR_INT_CHECK(offset_o)) ? kr_int_as_i64(offset_o) : -1;
    /* as CPython's parse_syntax_error: the end position is only read for
     * SyntaxError itself (IndentationError & co. get a single caret) */
    int exact = KR_TYPE(exc) == (KrTypeObject *)kr_exc_SyntaxError;
    int64_t end_lineno = (exact && end_lineno_o && KR_INT_CHECK(end_lineno_o)) ? kr_int_as_i64(end_lineno_o) : lineno;
    int64_t end_offset = (exact && end_offset_o && KR_INT_CHECK(end_offset_o)) ? kr_int_as_i64(end_offset_o) : -1;
    kr_err_clear();
    out_margin(o);
    out_puts(o, "  File \"");
    if (filename && filename != KR_NONE) out_object_str(o, filename, "<string>");
    else out_puts(o, "<string>");
    out_printf(o, "\", line %lld\n", (long long)lineno);
    if (text && text != KR_NONE && KR_STR_CHECK(text)) {
        ssize_t line_size;
        const char *t = kr_str_as_utf8(text, &line_size);
        if (!t) {
            kr_err_clear();
        } else {
            if (end_lineno > lineno) end_offset = line_size;
            if (end_offset > line_size + 1) end_offset = line_size + 1;
            int64_t off = offset - 1;
            int64_t orig_offset = offset;
            while (*t == ' ' || *t == '\t' || *t == '\f') {
                t++;
                off--;
                orig_offset--;
                end_offset--;
            }
            ssize_t len = (ssize_t)strlen(t);
            if (len > 0 && t[len - 1] == '\n') len--;
            if (off > len) off = len;
            for (;;) {
                const char *nl = strchr(t, '\n');
                if (!nl) break;
                ssize_t inl = nl - t;
                if (inl >= off) break;
                inl += 1;
                t += inl;
                len -= inl;
                off -= inl;
                orig_offset -= inl;
                end_offset -= inl;
            }
            out_margin(o);
            out_puts(o, "    ");
            out_puts(o, t);
            if (t[len] != '\n') out_puts(o, "\n");
            if (off >= 0) {
                out_margin(o);
                out_puts(o, "    ");
                for (int64_t i = 0; i < off; i++) out_puts(o, t[i] == '\t' ? " " : " ");
                int64_t carets = (end_offset > 0 && end_offset > orig_offset) ? end_offset - orig_offset : 1;
                for (int64_t i = 0; i < carets; i++) out_puts(o, "^");
                out_puts(o, "\n");
            }
        }
    }
    result = kr_newref(msg);
done:
    kr_err_clear();
    KR_XDECREF(msg);
    KR_XDECREF(filename);
    KR_XDECREF(lineno_o);
    KR_XDECREF(offset_o);
    KR_XDECREF(end_lineno_o);
    KR_XDECREF(end_offset_o);
    KR_XDECREF(text);
    return result;
}

static void print_notes(Out *o, KrObject *exc)
{
    KrObject *notes = get_attr_or_null(exc, "__notes__");
    if (!notes) return;
    if (!kr_sequence_check(notes) || KR_STR_CHECK(notes)) {
        out_margin(o);
        KrObject *r = kr_object_repr(notes);
        if (r) {
            out_str(o, r);
            KR_DECREF(r);
        } else {
            kr_err_clear();
            out_puts(o, "<__notes__ repr() failed>");
        }
        out_puts(o, "\n");
        KR_DECREF(notes);
        return;
    }
    ssize_t n = kr_object_length(notes);
    for (ssize_t i = 0; i < n; i++) {
        KrObject *note = kr_sequence_get_item(notes, i);
        KrObject *s = note ? kr_object_str(note) : NULL;
        KR_XDECREF(note);
        out_margin(o);
        if (!s) {
            kr_err_clear();
            out_puts(o, "<note str() failed>");
        } else {
            /* every line gets the margin */
            ssize_t len;
            const char *u = kr_str_as_utf8(s, &len);
            if (!u) {
                kr_err_clear();
            } else {
                for (ssize_t j = 0; j < len; j++) {
                    out_write(o, u + j, 1);
                    if (u[j] == '\n' && j + 1 < len) out_margin(o);
                }
            }
            KR_DECREF(s);
        }
        out_puts(o, "\n");
    }
    kr_err_clear();
    KR_DECREF(notes);
}

static void print_exception_message(Out *o, KrTypeObject *type, KrObject *value)
{
    KrObject *mod = kr_object_getattr((KrObject *)type, KR_ID(__module__));
    if (!mod || !KR_STR_CHECK(mod)) {
        kr_err_clear();
        out_puts(o, "<unknown>.");
    } else if (!kr_str_equal_cstr(mod, "builtins") && !kr_str_equal_cstr(mod, "__main__")) {
        out_str(o, mod);
        out_puts(o, ".");
    }
    KR_XDECREF(mod);
    KrObject *qualname = kr_type_get_qualname(type);
    if (!qualname || !KR_STR_CHECK(qualname)) {
        kr_err_clear();
        out_puts(o, "<unknown>");
    } else {
        out_str(o, qualname);
    }
    KR_XDECREF(qualname);
    KrObject *s = kr_object_str(value);
    if (!s) {
        kr_err_clear();
        out_puts(o, ": <exception str() failed>");
    } else {
        if (!KR_STR_CHECK(s) || KR_STR_LEN(s) != 0) {
            out_puts(o, ": ");
            out_str(o, s);
        }
        KR_DECREF(s);
    }
}

static void print_exception(Out *o, KrObject *value)
{
    if (!kr_exception_check(value)) {
        out_margin(o);
        out_puts(o, "TypeError: print_exception(): Exception expected for value, ");
        out_puts(o, KR_TYPE(value)->tp_name);
        out_puts(o, " found\n");
        return;
    }
    KrObject *tb = kr_exception_get_traceback(value);
    if (tb && KR_TRACEBACK_CHECK(tb) && traceback_limit() > 0) {
        if (is_group(value)) {
            out_spaces(o, 2 * o->depth);
            out_puts(o, o->depth == 1 ? "+ " : o->depth ? "| " : "");
            out_puts(o, "Exception Group Traceback (most recent call last):\n");
        } else {
            out_margin(o);
            out_puts(o, "Traceback (most recent call last):\n");
        }
        print_tb(o, tb);
    }
    KrTypeObject *type = KR_TYPE(value);
    KrObject *msg = print_file_and_line(o, value);
    out_margin(o);
    if (msg) {
        print_exception_message(o, type, msg);
        KR_DECREF(msg);
        out_puts(o, "\n");
        return;
    }
    print_exception_message(o, type, value);
    KrObject *sugg = kr_traceback_suggestion(value);
    if (sugg) {
        out_puts(o, ". Did you mean: '");
        out_str(o, sugg);
        out_puts(o, "'?");
        KR_DECREF(sugg);
    }
    out_puts(o, "\n");
    print_notes(o, value);
}

static void print_exception_recursive(Out *o, KrObject *value);

static void print_chained(Out *o, KrObject *value, const char *message)
{
    int need_close = o->need_close;
    print_exception_recursive(o, value);
    o->need_close = need_close;
    out_margin(o);
    out_puts(o, "\n");
    out_margin(o);
    out_puts(o, message);
    out_margin(o);
    out_puts(o, "\n");
}

static int seen_check_add(Out *o, KrObject *e, int add)
{
    KrObject *id = kr_int_from_i64((int64_t)(intptr_t)e);
    if (!id) {
        kr_err_clear();
        return -1;
    }
    int r = add ? kr_set_add(o->seen, id) : kr_set_contains(o->seen, id);
    KR_DECREF(id);
    if (r < 0) kr_err_clear();
    return r;
}

static void print_exception_group(Out *o, KrObject *value)
{
    if (o->depth > MAX_GROUP_DEPTH) {
        out_margin(o);
        out_printf(o, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    if (o->depth == 0) o->depth = 1;
    print_exception(o, value);
    KrObject *excs = get_attr_or_null(value, "exceptions");
    if (!excs || !KR_TUPLE_CHECK(excs)) {
        KR_XDECREF(excs);
        return;
    }
    ssize_t num = KR_SIZE(excs);
    ssize_t n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
    o->need_close = 0;
    for (ssize_t i = 0; i < n; i++) {
        int last = i == n - 1;
        if (last) o->need_close = 1;
        out_spaces(o, 2 * o->depth);
        int truncated = i >= MAX_GROUP_WIDTH;
        if (!truncated)
            out_printf(o, "%s+---------------- %zd ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        else
            out_printf(o, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        o->depth++;
        if (!truncated) {
            print_exception_recursive(o, KR_TUPLE_GET(excs, i));
        } else {
            ssize_t rem = num - MAX_GROUP_WIDTH;
            out_margin(o);
            out_printf(o, "and %zd more exception%s\n", rem, rem > 1 ? "s" : "");
        }
        if (last && o->need_close) {
            out_spaces(o, 2 * o->depth);
            out_puts(o, "+------------------------------------\n");
            o->need_close = 0;
        }
        o->depth--;
    }
    if (o->depth == 1) o->depth = 0;
    KR_DECREF(excs);
}

static void print_exception_recursive(Out *o, KrObject *value)
{
    if (kr_recursion_enter(" in print_exception") < 0) {
        kr_err_clear();
        return;
    }
    if (seen_check_add(o, value, 1) == 0 && kr_exception_check(value)) {
        KrObject *cause = kr_exception_get_cause(value);
        KrObject *context = kr_exception_get_context(value);
        if (cause && cause != KR_NONE) {
            if (seen_check_add(o, cause, 0) == 0)
                print_chained(o, cause, "The above exception was the direct cause of the following exception:\n");
        } else if (context && context != KR_NONE &&
                   !((KrBaseExceptionObject *)value)->suppress_context) {
            if (seen_check_add(o, context, 0) == 0)
                print_chained(o, context, "During handling of the above exception, another exception occurred:\n");
        }
    }
    if (kr_exception_check(value) && is_group(value)) print_exception_group(o, value);
    else print_exception(o, value);
    kr_recursion_leave();
}

static char *format_utf8(KrObject *exc, size_t *len)
{
    Out o = { 0 };
    o.seen = kr_set_new(NULL);
    if (!o.seen) {
        kr_err_clear();
        return NULL;
    }
    print_exception_recursive(&o, exc);
    KR_DECREF(o.seen);
    if (o.failed) {
        kr_raw_free(o.data);
        return NULL;
    }
    if (!o.data) {
        o.data = kr_raw_alloc(1);
        if (o.data) o.data[0] = '\0';
    }
    *len = o.len;
    return o.data;
}

KrObject *kr_traceback_format_exception(KrObject *exc)
{
    size_t len;
    char *s = format_utf8(exc, &len);
    if (!s) return kr_err_no_memory();
    KrObject *r = kr_str_from_utf8_surrogateescape(s, (ssize_t)len);
    kr_raw_free(s);
    return r;
}

KrObject *kr_traceback_format_tb(KrObject *tb)
{
    Out o = { 0 };
    if (tb && KR_TRACEBACK_CHECK(tb)) print_tb(&o, tb);
    if (o.failed) {
        kr_raw_free(o.data);
        return kr_err_no_memory();
    }
    KrObject *r = kr_str_from_utf8_surrogateescape(o.data ? o.data : "", (ssize_t)o.len);
    kr_raw_free(o.data);
    return r;
}

/* Writes UTF-8 text to file.write(), or to the C stderr as a fallback. */
static void write_text(KrObject *file, const char *s, size_t len)
{
    if (file && file != KR_NONE) {
        KrObject *str = kr_str_from_utf8_surrogateescape(s, (ssize_t)len);
        if (str) {
            KrObject *r = kr_object_call_method(file, KR_ID(write), &str, 1);
            KR_DECREF(str);
            if (r) {
                KR_DECREF(r);
                return;
            }
        }
        kr_err_clear();
    }
    fflush(stdout);
    fwrite(s, 1, len, stderr);
    fflush(stderr);
}

void kr_traceback_print_exception(KrObject *exc, KrObject *file)
{
    KrObject *saved = kr_err_fetch();
    if (!file && kr_interp.sysdict) file = kr_dict_get_item_str_borrow(kr_interp.sysdict, "stderr");
    if (file) KR_INCREF(file);
    /* flush sys.stdout first so that output interleaves as in CPython */
    KrObject *out = kr_interp.sysdict ? kr_dict_get_item_str_borrow(kr_interp.sysdict, "stdout") : NULL;
    if (out && out != KR_NONE) {
        KrObject *r = kr_object_call_method(out, KR_ID(flush), NULL, 0);
        if (r) KR_DECREF(r);
        else kr_err_clear();
    }
    size_t len = 0;
    char *s = format_utf8(exc, &len);
    if (s) {
        write_text(file, s, len);
        kr_raw_free(s);
    }
    if (file && file != KR_NONE) {
        KrObject *r = kr_object_call_method(file, KR_ID(flush), NULL, 0);
        if (r) KR_DECREF(r);
        else kr_err_clear();
    }
    KR_XDECREF(file);
    kr_err_clear();
    kr_err_restore(saved);
}

void kr_err_print(void)
{
    KrObject *exc = kr_err_fetch();
    if (!exc) return;
    /* sys.last_value etc., as CPython's PyErr_Print */
    if (kr_interp.sysdict) {
        if (kr_dict_set_item_str(kr_interp.sysdict, "last_type", (KrObject *)KR_TYPE(exc)) < 0 ||
            kr_dict_set_item_str(kr_interp.sysdict, "last_value", exc) < 0) kr_err_clear();
        KrObject *tb = kr_exception_get_traceback(exc);
        if (kr_dict_set_item_str(kr_interp.sysdict, "last_traceback", tb ? tb : KR_NONE) < 0) kr_err_clear();
    }
    kr_traceback_print_exception(exc, NULL);
    KR_DECREF(exc);
}
