/* ast_dump.c — the buffer and leaf printers used by the generated ast.dump()
 * code, and the public kr_ast_dump / kr_ast_dump_file entry points. */
#include "ast_dump.h"
#include "parser.h"
#include "../objects/str.h"
#include "../memory/mem.h"
#include "../vm/err.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int kr_ast_dump_put(KrAstBuf *out, const char *s, size_t n)
{
    if (out->len + n + 1 > out->cap) {
        size_t nc = out->cap ? out->cap * 2 : 4096;
        while (nc < out->len + n + 1) nc *= 2;
        char *nb = kr_raw_realloc(out->buf, nc);
        if (!nb) { kr_err_no_memory(); return -1; }
        out->buf = nb;
        out->cap = nc;
    }
    memcpy(out->buf + out->len, s, n);
    out->len += n;
    out->buf[out->len] = '\0';
    return 0;
}

int kr_ast_dump_identifier(KrAstBuf *out, KrObject *id)
{
    /* Identifiers hold only printable characters and no quotes, so their
     * repr is the text between single quotes. */
    ssize_t n;
    const char *s = kr_str_as_utf8(id, &n);
    if (!s) return -1;
    if (kr_ast_dump_put(out, "'", 1) < 0 || kr_ast_dump_put(out, s, (size_t)n) < 0)
        return -1;
    return kr_ast_dump_put(out, "'", 1);
}

int kr_ast_dump_object(KrAstBuf *out, KrObject *o)
{
    KrObject *r = kr_object_repr(o);
    if (!r) return -1;
    ssize_t n;
    const char *s = kr_str_as_utf8(r, &n);
    int rc = s ? kr_ast_dump_put(out, s, (size_t)n) : -1;
    KR_DECREF(r);
    return rc;
}

int kr_ast_dump_int(KrAstBuf *out, long v)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%ld", v);
    return kr_ast_dump_put(out, tmp, (size_t)n);
}

int kr_ast_dump_identifier_seq(KrAstBuf *out, KrAstIdentifierSeq *seq)
{
    if (kr_ast_dump_put(out, "[", 1) < 0) return -1;
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(seq); i++) {
        if (i && kr_ast_dump_put(out, ", ", 2) < 0) return -1;
        if (kr_ast_dump_identifier(out, seq->items[i]) < 0) return -1;
    }
    return kr_ast_dump_put(out, "]", 1);
}

int kr_ast_dump_enum_seq(KrAstBuf *out, KrAstIntSeq *seq, const char *const *names)
{
    if (kr_ast_dump_put(out, "[", 1) < 0) return -1;
    for (ssize_t i = 0; i < KR_AST_SEQ_LEN(seq); i++) {
        if (i && kr_ast_dump_put(out, ", ", 2) < 0) return -1;
        const char *nm = names[seq->items[i]];
        if (kr_ast_dump_put(out, nm, strlen(nm)) < 0) return -1;
    }
    return kr_ast_dump_put(out, "]", 1);
}

KrObject *kr_ast_dump(KrAstMod *mod)
{
    KrAstBuf b = { 0 };
    if (kr_ast_dump_mod_to(&b, mod) < 0) { kr_raw_free(b.buf); return NULL; }
    KrObject *r = kr_str_from_utf8(b.buf ? b.buf : "", (ssize_t)b.len);
    kr_raw_free(b.buf);
    return r;
}

/* Reads a whole file into a raw buffer; NULL + OSError. */
static char *dump_read_file(const char *path, ssize_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        KrObject *fn = kr_str_from_cstr(path);
        kr_err_from_errno_filename(kr_exc_OSError, fn);
        KR_XDECREF(fn);
        return NULL;
    }
    size_t cap = 65536, n = 0;
    char *buf = kr_raw_alloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (n + 1 < cap) break;
        cap *= 2;
        char *nb = kr_raw_realloc(buf, cap);
        if (!nb) { kr_raw_free(buf); buf = NULL; break; }
        buf = nb;
    }
    fclose(f);
    if (!buf) { kr_err_no_memory(); return NULL; }
    buf[n] = '\0';
    *len = (ssize_t)n;
    return buf;
}

/* Parses and dumps one file to stdout; 0, or -1 with an exception set. */
static int dump_one(const char *path, int attributes)
{
    ssize_t len;
    char *src = dump_read_file(path, &len);
    if (!src) return -1;
    KrObject *fn = kr_str_from_cstr(path);
    KrArena *arena = fn ? kr_arena_new() : NULL;
    int rc = -1;
    if (arena) {
        KrAstMod *mod = kr_parse_source(src, len, fn, KR_PARSE_EXEC, arena);
        KrAstBuf b = { 0 };
        b.attributes = attributes;
        if (mod && kr_ast_dump_mod_to(&b, mod) == 0) {
            fwrite(b.buf, 1, b.len, stdout);
            fputc('\n', stdout);
            rc = 0;
        }
        kr_raw_free(b.buf);
    }
    kr_arena_free(arena);
    KR_XDECREF(fn);
    kr_raw_free(src);
    return rc;
}

int kr_ast_dump_file(const char *path)
{
    if (path[0] == '@') return kr_ast_dump_list(path + 1);
    if (dump_one(path, 0) < 0) {
        fflush(stdout);
        kr_err_print();
        return 1;
    }
    fflush(stdout);
    return 0;
}

int kr_ast_dump_list(const char *listpath)
{
    FILE *f = fopen(listpath, "r");
    if (!f) { perror(listpath); return 1; }
    char line[4096];
    int status = 0, attributes = 0;
    while (fgets(line, sizeof line, f)) {
        size_t n = strlen(line);
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
        if (!n) continue;
        if (strcmp(line, "#attributes") == 0) { attributes = 1; continue; }
        printf("\x01%s\n", line);
        if (dump_one(line, attributes) < 0) {
            /* Report the error inline so the checker can show it. */
            KrObject *exc = kr_err_fetch();
            KrObject *s = exc ? kr_object_str(exc) : NULL;
            const char *t = s ? kr_str_as_utf8(s, NULL) : NULL;
            printf("ERROR %s: %s\n", exc ? KR_TYPE(exc)->tp_name : "?", t ? t : "?");
            if (!t) kr_err_clear();
            KR_XDECREF(s);
            KR_XDECREF(exc);
            status = 1;
        }
    }
    fclose(f);
    fflush(stdout);
    return status;
}
