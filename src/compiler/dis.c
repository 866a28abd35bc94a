/* dis.c — a disassembler in the format of CPython's dis module (line,
 * jump-target marker, byte offset, opname, oparg, argrepr), used by
 * `krait -X dis FILE` and by the compiler's unit tests. */
#include "compile_internal.h"
#include "../parser/parser.h"
#include "../objects/tuple.h"
#include "../objects/str.h"
#include "../objects/bytes.h"
#include "../vm/err.h"
#include "../memory/mem.h"

#include <string.h>

static const char *const binop_names[] = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
    "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
};
static const char *const cmp_names[] = { "<", "<=", "==", "!=", ">", ">=" };

/* Writes the repr of o (or a placeholder if repr fails). */
static void put_repr(FILE *out, KrObject *o)
{
    KrObject *r = kr_object_repr(o);
    const char *s = r ? kr_str_as_utf8(r, NULL) : NULL;
    if (s) fputs(s, out);
    else { kr_err_clear(); fputs("<?>", out); }
    KR_XDECREF(r);
}

static void put_str(FILE *out, KrObject *o)
{
    const char *s = kr_str_as_utf8(o, NULL);
    if (s) fputs(s, out);
    else kr_err_clear();
}

static int dis_one(KrCodeObject *co, FILE *out)
{
    ssize_t n = co->co_ncodeunits;
    char *is_target = kr_raw_calloc((size_t)(n + 1), 1);
    if (!is_target) { kr_err_no_memory(); return -1; }
    /* first pass: jump targets */
    int ext = 0;
    for (ssize_t i = 0; i < n; i++) {
        int op = KR_OPCODE(co->co_code[i]), arg = KR_OPARG(co->co_code[i]) | ext;
        ext = op == EXTENDED_ARG ? arg << 8 : 0;
        if (op >= KR_OPCODE_COUNT) continue;
        int cache = kr_opcode_info[op].cache;
        int kind = kr_opcode_info[op].argkind;
        ssize_t endi = i + 1 + cache;
        if (kind == KR_ARG_JREL && endi + arg <= n) is_target[endi + arg] = 1;
        if (kind == KR_ARG_JBACK && endi - arg >= 0) is_target[endi - arg] = 1;
        i += cache;
    }
    int last_line = -2;
    ext = 0;
    for (ssize_t i = 0; i < n; i++) {
        int op = KR_OPCODE(co->co_code[i]), arg = KR_OPARG(co->co_code[i]) | ext;
        ext = op == EXTENDED_ARG ? arg << 8 : 0;
        int line = kr_code_addr2line(co, (int)i);
        if (line != last_line && line >= 0) {
            if (last_line != -2) fputc('\n', out);
            fprintf(out, "%3d", line);
            last_line = line;
        } else {
            if (last_line == -2) last_line = -1;
            fputs("   ", out);
        }
        fprintf(out, "    %s %4d ", is_target[i] ? ">>" : "  ", (int)(i * 2));
        if (op >= KR_OPCODE_COUNT) {
            fprintf(out, "<%d>\n", op);
            continue;
        }
        const KrOpcodeInfo *info = &kr_opcode_info[op];
        if (info->argkind == KR_ARG_NONE) {
            fprintf(out, "%s\n", info->name);
            i += info->cache;
            continue;
        }
        fprintf(out, "%-20s %5d", info->name, arg);
        ssize_t endi = i + 1 + info->cache;
        switch (info->argkind) {
        case KR_ARG_CONST:
            if (arg < KR_SIZE(co->co_consts)) {
                fputs(" (", out);
                put_repr(out, KR_TUPLE_GET(co->co_consts, arg));
                fputc(')', out);
            }
            break;
        case KR_ARG_NAME: {
            int idx = op == LOAD_GLOBAL ? arg >> 1 : arg;
            if (idx < KR_SIZE(co->co_names)) {
                fputs(" (", out);
                if (op == LOAD_GLOBAL && (arg & 1)) fputs("NULL + ", out);
                put_str(out, KR_TUPLE_GET(co->co_names, idx));
                fputc(')', out);
            }
            break;
        }
        case KR_ARG_LOCAL:
            if (arg < KR_SIZE(co->co_localsplusnames)) {
                fputs(" (", out);
                put_str(out, KR_TUPLE_GET(co->co_localsplusnames, arg));
                fputc(')', out);
            }
            break;
        case KR_ARG_JREL:
            fprintf(out, " (to %d)", (int)((endi + arg) * 2));
            break;
        case KR_ARG_JBACK:
            fprintf(out, " (to %d)", (int)((endi - arg) * 2));
            break;
        case KR_ARG_CMP:
            if (arg < 6) fprintf(out, " (%s)", cmp_names[arg]);
            break;
        case KR_ARG_BINOP:
            if (arg < KR_NB_COUNT) fprintf(out, " (%s)", binop_names[arg]);
            break;
        default:
            if (op == FORMAT_VALUE) {
                static const char *const conv[] = { "", "str", "repr", "ascii" };
                if ((arg & 3) && (arg & 4)) fprintf(out, " (%s, with format)", conv[arg & 3]);
                else if (arg & 3) fprintf(out, " (%s)", conv[arg & 3]);
                else if (arg & 4) fputs(" (with format)", out);
            }
            break;
        }
        fputc('\n', out);
        i += info->cache;
    }
    kr_raw_free(is_target);
    /* the exception table */
    ssize_t ne = KR_BYTES_LEN(co->co_exceptiontable) / 16;
    if (ne) {
        fputs("ExceptionTable:\n", out);
        const unsigned char *p = (const unsigned char *)KR_BYTES_DATA(co->co_exceptiontable);
        for (ssize_t k = 0; k < ne; k++, p += 16) {
            uint32_t v[4];
            for (int j = 0; j < 4; j++)
                v[j] = (uint32_t)p[4 * j] | (uint32_t)p[4 * j + 1] << 8 |
                       (uint32_t)p[4 * j + 2] << 16 | (uint32_t)p[4 * j + 3] << 24;
            fprintf(out, "  %u to %u -> %u [%u]%s\n", v[0] * 2, v[1] * 2 - 2, v[2] * 2, v[3] >> 1,
                    (v[3] & 1) ? " lasti" : "");
        }
    }
    return 0;
}

int kr_dis_print(KrObject *code, FILE *out)
{
    if (!KR_CODE_CHECK(code)) {
        kr_err_set_string(kr_exc_TypeError, "kr_dis_print: not a code object");
        return -1;
    }
    KrCodeObject *co = (KrCodeObject *)code;
    if (dis_one(co, out) < 0) return -1;
    for (ssize_t i = 0; i < KR_SIZE(co->co_consts); i++) {
        KrObject *k = KR_TUPLE_GET(co->co_consts, i);
        if (!KR_CODE_CHECK(k)) continue;
        fputs("\nDisassembly of ", out);
        put_repr(out, k);
        fputs(":\n", out);
        if (kr_dis_print(k, out) < 0) return -1;
    }
    return 0;
}

int kr_dis_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "krait: can't open file '%s'\n", path);
        return 1;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = kr_raw_alloc(cap);
    while (buf) {
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (len < cap) break;
        char *nb = kr_raw_realloc(buf, cap * 2);
        if (!nb) { kr_raw_free(buf); buf = NULL; break; }
        buf = nb;
        cap *= 2;
    }
    fclose(f);
    if (!buf) {
        fprintf(stderr, "krait: out of memory\n");
        return 1;
    }
    KrObject *fn = kr_str_from_cstr(path);
    KrObject *co = fn ? kr_compile_source(buf, (ssize_t)len, fn, KR_PARSE_EXEC, -1) : NULL;
    kr_raw_free(buf);
    KR_XDECREF(fn);
    if (!co || kr_dis_print(co, stdout) < 0) {
        KR_XDECREF(co);
        kr_err_print();
        return 1;
    }
    KR_DECREF(co);
    return 0;
}
