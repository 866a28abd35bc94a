/* sre_match.c — the backtracking matcher of _sre: runs the 3.11 code words
 * produced by re._compiler with an explicit heap stack of choice points and
 * an undo trail for marks and repeat contexts (no C recursion on input). */
#include "sremodule.h"
#include "../objects/str.h"
#include "../objects/str_unicode.h"
#include "../memory/mem.h"
#include "../vm/err.h"
#include <string.h>

enum {
    OP_FAILURE, OP_SUCCESS, OP_ANY, OP_ANY_ALL, OP_ASSERT, OP_ASSERT_NOT, OP_AT, OP_BRANCH,
    OP_CATEGORY, OP_CHARSET, OP_BIGCHARSET, OP_GROUPREF, OP_GROUPREF_EXISTS, OP_IN, OP_INFO,
    OP_JUMP, OP_LITERAL, OP_MARK, OP_MAX_UNTIL, OP_MIN_UNTIL, OP_NOT_LITERAL, OP_NEGATE,
    OP_RANGE, OP_REPEAT, OP_REPEAT_ONE, OP_SUBPATTERN, OP_MIN_REPEAT_ONE, OP_ATOMIC_GROUP,
    OP_POSSESSIVE_REPEAT, OP_POSSESSIVE_REPEAT_ONE, OP_GROUPREF_IGNORE, OP_IN_IGNORE,
    OP_LITERAL_IGNORE, OP_NOT_LITERAL_IGNORE, OP_GROUPREF_LOC_IGNORE, OP_IN_LOC_IGNORE,
    OP_LITERAL_LOC_IGNORE, OP_NOT_LITERAL_LOC_IGNORE, OP_GROUPREF_UNI_IGNORE, OP_IN_UNI_IGNORE,
    OP_LITERAL_UNI_IGNORE, OP_NOT_LITERAL_UNI_IGNORE, OP_RANGE_UNI_IGNORE
};
#define SRE_MAXREPEAT 1073741823u
enum { T_MARK, T_LASTINDEX, T_REPCOUNT, T_REPLAST, T_CURREP, T_NREPS };
enum { A_BRANCH, A_REPEAT_ONE, A_MIN_REPEAT_ONE, A_UNTIL_TAIL, A_MIN_UNTIL_BODY };

uint32_t kr_sre_lower_ascii(uint32_t ch) { return (ch >= 'A' && ch <= 'Z') ? ch + 32 : ch; }
static uint32_t upper_ascii(uint32_t ch) { return (ch >= 'a' && ch <= 'z') ? ch - 32 : ch; }
uint32_t kr_sre_lower_unicode(uint32_t ch) { return kr_unicode_to_lower(ch); }
uint32_t kr_sre_upper_unicode(uint32_t ch) { return kr_unicode_to_upper(ch); }

static int is_ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static int is_ascii_space(uint32_t c) { return c == ' ' || (c >= 9 && c <= 13); }
static int is_ascii_word(uint32_t c)
{
    return c < 128 && (is_ascii_digit(c) || (c | 32) - 'a' < 26u || c == '_');
}
static int is_uni_word(uint32_t c) { return c == '_' || kr_unicode_isalnum(c); }

static int category(uint32_t cat, uint32_t c)
{
    switch (cat) {
    case 0: return is_ascii_digit(c);
    case 1: return !is_ascii_digit(c);
    case 2: return is_ascii_space(c);
    case 3: return !is_ascii_space(c);
    case 4: case 8: return is_ascii_word(c);
    case 5: case 9: return !is_ascii_word(c);
    case 6: return c == '\n';
    case 7: return c != '\n';
    case 10: return kr_unicode_isdecimal(c);
    case 11: return !kr_unicode_isdecimal(c);
    case 12: return kr_unicode_isspace(c);
    case 13: return !kr_unicode_isspace(c);
    case 14: return is_uni_word(c);
    case 15: return !is_uni_word(c);
    case 16: return kr_unicode_islinebreak(c);
    case 17: return !kr_unicode_islinebreak(c);
    }
    return 0;
}

#define GETC(i) kr_str_read(st->kind, st->data, (i))

/* 1 if ch is in the set at code[p..], 0 if not; sets st->bad on bad code. */
static int in_set(KrSreState *st, ssize_t p, uint32_t ch)
{
    const uint32_t *code = st->code;
    int ok = 1;
    for (;;) {
        if (p < 0 || p >= st->codesize) { st->bad = 1; return 0; }
        switch (code[p]) {
        case OP_FAILURE: return !ok;
        case OP_LITERAL:
            if (p + 1 >= st->codesize) { st->bad = 1; return 0; }
            if (ch == code[p + 1]) return ok;
            p += 2; break;
        case OP_CATEGORY:
            if (p + 1 >= st->codesize) { st->bad = 1; return 0; }
            if (category(code[p + 1], ch)) return ok;
            p += 2; break;
        case OP_CHARSET:
            if (p + 9 > st->codesize) { st->bad = 1; return 0; }
            if (ch < 256 && (code[p + 1 + (ch >> 5)] & (1u << (ch & 31)))) return ok;
            p += 9; break;
        case OP_RANGE:
            if (p + 2 >= st->codesize) { st->bad = 1; return 0; }
            if (code[p + 1] <= ch && ch <= code[p + 2]) return ok;
            p += 3; break;
        case OP_RANGE_UNI_IGNORE: {
            if (p + 2 >= st->codesize) { st->bad = 1; return 0; }
            if (code[p + 1] <= ch && ch <= code[p + 2]) return ok;
            uint32_t u = kr_sre_upper_unicode(ch);
            if (code[p + 1] <= u && u <= code[p + 2]) return ok;
            p += 3; break;
        }
        case OP_NEGATE: ok = !ok; p += 1; break;
        case OP_BIGCHARSET: {
            if (p + 1 >= st->codesize) { st->bad = 1; return 0; }
            ssize_t n = code[p + 1];
            p += 2;
            if (p + 64 + n * 8 > st->codesize) { st->bad = 1; return 0; }
            if (ch < 65536) {
                unsigned block = ((const unsigned char *)(code + p))[ch >> 8];
                if (block >= n) { st->bad = 1; return 0; }
                const uint32_t *bits = code + p + 64 + block * 8;
                if (bits[(ch & 255) >> 5] & (1u << (ch & 31))) return ok;
            }
            p += 64 + n * 8;
            break;
        }
        default: st->bad = 1; return 0;
        }
    }
}

/* One character item at code[p] against ch: 1/0; -1 if not a unit op. */
static int match_unit(KrSreState *st, ssize_t p, uint32_t ch)
{
    const uint32_t *code = st->code;
    if (p < 0 || p + 1 >= st->codesize) return -1;
    uint32_t a = code[p + 1];
    switch (code[p]) {
    case OP_ANY: return ch != '\n';
    case OP_ANY_ALL: return 1;
    case OP_LITERAL: return ch == a;
    case OP_NOT_LITERAL: return ch != a;
    case OP_LITERAL_IGNORE: return kr_sre_lower_ascii(ch) == a;
    case OP_NOT_LITERAL_IGNORE: return kr_sre_lower_ascii(ch) != a;
    case OP_LITERAL_UNI_IGNORE: return kr_sre_lower_unicode(ch) == a;
    case OP_NOT_LITERAL_UNI_IGNORE: return kr_sre_lower_unicode(ch) != a;
    case OP_LITERAL_LOC_IGNORE: return ch == a || kr_sre_lower_ascii(ch) == a || upper_ascii(ch) == a;
    case OP_NOT_LITERAL_LOC_IGNORE:
        return !(ch == a || kr_sre_lower_ascii(ch) == a || upper_ascii(ch) == a);
    case OP_CATEGORY: return category(a, ch);
    case OP_IN: return in_set(st, p + 2, ch);
    case OP_IN_IGNORE: return in_set(st, p + 2, kr_sre_lower_ascii(ch));
    case OP_IN_UNI_IGNORE: return in_set(st, p + 2, kr_sre_lower_unicode(ch));
    case OP_IN_LOC_IGNORE:
        return in_set(st, p + 2, ch) || in_set(st, p + 2, kr_sre_lower_ascii(ch)) ||
               in_set(st, p + 2, upper_ascii(ch));
    }
    return -1;
}

static int at_code(KrSreState *st, uint32_t at, ssize_t pos)
{
    ssize_t end = st->end;
    int before, after;
    switch (at) {
    case 0: case 2: return pos == 0;
    case 1: return pos == 0 || GETC(pos - 1) == '\n';
    case 5: return pos == end || (pos == end - 1 && GETC(pos) == '\n');
    case 6: return pos == end || GETC(pos) == '\n';
    case 7: return pos == end;
    case 3: case 4: case 8: case 9:
        if (end == 0) return 0;
        before = pos > 0 && is_ascii_word(GETC(pos - 1));
        after = pos < end && is_ascii_word(GETC(pos));
        return (at == 3 || at == 8) ? before != after : before == after;
    case 10: case 11:
        if (end == 0) return 0;
        before = pos > 0 && is_uni_word(GETC(pos - 1));
        after = pos < end && is_uni_word(GETC(pos));
        return at == 10 ? before != after : before == after;
    }
    st->bad = 1;
    return 0;
}

static int grow(void **p, ssize_t *alloc, ssize_t need, size_t item)
{
    if (need <= *alloc) return 0;
    ssize_t n = *alloc ? *alloc * 2 : 64;
    while (n < need) n *= 2;
    void *q = kr_mem_realloc(*p, (size_t)n * item);
    if (!q) { kr_err_no_memory(); return -1; }
    *p = q;
    *alloc = n;
    return 0;
}

static int log_change(KrSreState *st, int kind, ssize_t idx, ssize_t old)
{
    if (grow((void **)&st->trail, &st->atrail, st->ntrail + 1, sizeof(KrSreTrail)) < 0) return -1;
    st->trail[st->ntrail++] = (KrSreTrail){ kind, idx, old };
    return 0;
}

static void undo(KrSreState *st, ssize_t h)
{
    while (st->ntrail > h) {
        KrSreTrail *t = &st->trail[--st->ntrail];
        switch (t->kind) {
        case T_MARK: st->marks[t->idx] = t->old; break;
        case T_LASTINDEX: st->lastindex = t->old; break;
        case T_REPCOUNT: st->reps[t->idx].count = t->old; break;
        case T_REPLAST: st->reps[t->idx].last_pos = t->old; break;
        case T_CURREP: st->currep = t->old; break;
        case T_NREPS: st->nreps = t->old; break;
        }
    }
}

static int push(KrSreState *st, int act, ssize_t pc, ssize_t pos, ssize_t a)
{
    if (grow((void **)&st->ch, &st->ach, st->nch + 1, sizeof(KrSreChoice)) < 0) return -1;
    st->ch[st->nch++] = (KrSreChoice){ act, pc, pos, st->ntrail, a };
    return 0;
}

static int bad_code(void)
{
    kr_err_set_string(kr_exc_RuntimeError, "invalid SRE code");
    return -1;
}

static ssize_t count_units(KrSreState *st, ssize_t item, ssize_t pos, ssize_t maxc)
{
    ssize_t n = 0;
    while (n < maxc && pos + n < st->end) {
        int r = match_unit(st, item, GETC(pos + n));
        if (r < 0 || st->bad) return -1;
        if (!r) break;
        n++;
    }
    return n;
}

static int set_rep(KrSreState *st, ssize_t r, ssize_t count, ssize_t last)
{
    if (st->reps[r].count != count) {
        if (log_change(st, T_REPCOUNT, r, st->reps[r].count) < 0) return -1;
        st->reps[r].count = count;
    }
    if (last != -2 && st->reps[r].last_pos != last) {
        if (log_change(st, T_REPLAST, r, st->reps[r].last_pos) < 0) return -1;
        st->reps[r].last_pos = last;
    }
    return 0;
}

static int set_currep(KrSreState *st, ssize_t r)
{
    if (log_change(st, T_CURREP, 0, st->currep) < 0) return -1;
    st->currep = r;
    return 0;
}

#define NEED(n) do { if (pc + (n) > st->codesize) return bad_code(); } while (0)

int kr_sre_run(KrSreState *st, ssize_t pc, ssize_t pos, int depth, ssize_t *endp)
{
    const uint32_t *code = st->code;
    ssize_t base = st->nch, trail0 = st->ntrail, end = st->end;
    if (depth > 200) {
        kr_err_set_string(kr_exc_RecursionError, "maximum recursion limit exceeded");
        return -1;
    }
    for (;;) {
        if (pc < 0 || pc >= st->codesize) return bad_code();
        uint32_t op = code[pc];
        switch (op) {
        case OP_FAILURE: goto fail;
        case OP_SUCCESS:
            if (depth == 0 && ((st->must_end && pos != end) ||
                               (st->must_advance && pos == st->search_start)))
                goto fail;
            *endp = pos;
            st->nch = base;
            return 1;
        case OP_ANY: case OP_ANY_ALL:
            if (pos >= end || (op == OP_ANY && GETC(pos) == '\n')) goto fail;
            pos++; pc++;
            continue;
        case OP_LITERAL: case OP_NOT_LITERAL: case OP_LITERAL_IGNORE: case OP_NOT_LITERAL_IGNORE:
        case OP_LITERAL_UNI_IGNORE: case OP_NOT_LITERAL_UNI_IGNORE: case OP_LITERAL_LOC_IGNORE:
        case OP_NOT_LITERAL_LOC_IGNORE: case OP_CATEGORY: {
            NEED(2);
            if (pos >= end) goto fail;
            int r = match_unit(st, pc, GETC(pos));
            if (r < 0) return bad_code();
            if (!r) goto fail;
            pos++; pc += 2;
            continue;
        }
        case OP_IN: case OP_IN_IGNORE: case OP_IN_UNI_IGNORE: case OP_IN_LOC_IGNORE: {
            NEED(2);
            if (pos >= end) goto fail;
            int r = match_unit(st, pc, GETC(pos));
            if (st->bad || r < 0) return bad_code();
            if (!r) goto fail;
            pos++; pc += 1 + (ssize_t)code[pc + 1];
            continue;
        }
        case OP_AT:
            NEED(2);
            if (!at_code(st, code[pc + 1], pos)) {
                if (st->bad) return bad_code();
                goto fail;
            }
            pc += 2;
            continue;
        case OP_INFO: case OP_JUMP:
            NEED(2);
            pc += 1 + (ssize_t)code[pc + 1];
            continue;
        case OP_MARK: {
            NEED(2);
            ssize_t i = code[pc + 1];
            if (i >= st->nmarks) return bad_code();
            if (log_change(st, T_MARK, i, st->marks[i]) < 0) return -1;
            st->marks[i] = pos;
            if (i & 1) {
                if (log_change(st, T_LASTINDEX, 0, st->lastindex) < 0) return -1;
                st->lastindex = i / 2 + 1;
            }
            pc += 2;
            continue;
        }
        case OP_BRANCH: {
            ssize_t alt = pc + 1;
            for (;;) {
                if (alt >= st->codesize) return bad_code();
                if (code[alt] == 0) goto fail;
                ssize_t next = alt + code[alt];
                if (next >= st->codesize || alt + 2 >= st->codesize) return bad_code();
                /* Skip alternatives starting with a literal that cannot match. */
                if (code[alt + 1] == OP_LITERAL && (pos >= end || GETC(pos) != code[alt + 2])) {
                    alt = next;
                    continue;
                }
                if (code[next] != 0 && push(st, A_BRANCH, next, pos, 0) < 0) return -1;
                pc = alt + 1;
                break;
            }
            continue;
        }
        case OP_REPEAT_ONE: case OP_MIN_REPEAT_ONE: case OP_POSSESSIVE_REPEAT_ONE: {
            NEED(5);
            ssize_t mn = code[pc + 2], mx = code[pc + 3], next = pc + 1 + (ssize_t)code[pc + 1];
            if (mx == SRE_MAXREPEAT) mx = end;
            if (pos + mn > end) goto fail;
            ssize_t n = count_units(st, pc + 4, pos, op == OP_MIN_REPEAT_ONE ? mn : mx);
            if (n < 0) return bad_code();
            if (n < mn) goto fail;
            if (op == OP_REPEAT_ONE && n > mn && push(st, A_REPEAT_ONE, pc, pos, n) < 0) return -1;
            if (op == OP_MIN_REPEAT_ONE && n < mx && push(st, A_MIN_REPEAT_ONE, pc, pos + n, n) < 0)
                return -1;
            pos += n;
            pc = next;
            continue;
        }
        case OP_REPEAT: {
            NEED(4);
            if (log_change(st, T_NREPS, 0, st->nreps) < 0) return -1;
            if (grow((void **)&st->reps, &st->areps, st->nreps + 1, sizeof(KrSreRep)) < 0) return -1;
            st->reps[st->nreps] = (KrSreRep){ -1, pc, -1, st->currep };
            if (set_currep(st, st->nreps++) < 0) return -1;
            pc += 1 + (ssize_t)code[pc + 1];
            continue;
        }
        case OP_MAX_UNTIL: case OP_MIN_UNTIL: {
            ssize_t r = st->currep;
            if (r < 0 || r >= st->nreps) return bad_code();
            KrSreRep *rp = &st->reps[r];
            ssize_t count = rp->count + 1;
            ssize_t mn = code[rp->pc + 2], mx = code[rp->pc + 3], body = rp->pc + 4;
            if (count < mn && count > 0 && pos == rp->last_pos) count = mn; /* empty body */
            if (count < mn) {
                if (set_rep(st, r, count, pos) < 0) return -1;
                pc = body;
                continue;
            }
            if (op == OP_MAX_UNTIL) {
                if ((count < mx || mx == SRE_MAXREPEAT) && pos != rp->last_pos) {
                    if (push(st, A_UNTIL_TAIL, pc, pos, 0) < 0) return -1;
                    if (set_rep(st, r, count, pos) < 0) return -1;
                    pc = body;
                    continue;
                }
            } else {
                if (push(st, A_MIN_UNTIL_BODY, pc, pos, 0) < 0) return -1;
            }
            if (set_currep(st, st->reps[r].prev) < 0) return -1;
            pc++;
            continue;
        }
        case OP_GROUPREF: case OP_GROUPREF_IGNORE: case OP_GROUPREF_UNI_IGNORE:
        case OP_GROUPREF_LOC_IGNORE: {
            NEED(2);
            ssize_t g = code[pc + 1];
            if (2 * g + 1 >= st->nmarks) return bad_code();
            ssize_t s = st->marks[2 * g], e = st->marks[2 * g + 1];
            if (s < 0 || e < 0 || e < s) goto fail;
            if (pos + (e - s) > end) goto fail;
            for (ssize_t k = 0; k < e - s; k++) {
                uint32_t a = GETC(s + k), b = GETC(pos + k);
                if (op == OP_GROUPREF_IGNORE || op == OP_GROUPREF_LOC_IGNORE) {
                    a = kr_sre_lower_ascii(a); b = kr_sre_lower_ascii(b);
                } else if (op == OP_GROUPREF_UNI_IGNORE) {
                    a = kr_sre_lower_unicode(a); b = kr_sre_lower_unicode(b);
                }
                if (a != b) goto fail;
            }
            pos += e - s;
            pc += 2;
            continue;
        }
        case OP_GROUPREF_EXISTS: {
            NEED(3);
            ssize_t g = code[pc + 1];
            if (2 * g + 1 >= st->nmarks) return bad_code();
            ssize_t s = st->marks[2 * g], e = st->marks[2 * g + 1];
            if (s >= 0 && e >= 0 && s <= e) pc += 3;
            else pc += 1 + (ssize_t)code[pc + 2];
            continue;
        }
        case OP_ASSERT: case OP_ASSERT_NOT: {
            NEED(3);
            ssize_t back = code[pc + 2], next = pc + 1 + (ssize_t)code[pc + 1], e;
            ssize_t h = st->ntrail;
            int r;
            if (pos - back < 0) r = 0;
            else {
                ssize_t saved_end = st->end;
                r = kr_sre_run(st, pc + 3, pos - back, depth + 1, &e);
                st->end = saved_end;
                if (r < 0) return -1;
            }
            if (op == OP_ASSERT_NOT) {
                if (r) { undo(st, h); goto fail; }
            } else if (!r) goto fail;
            pc = next;
            continue;
        }
        case OP_ATOMIC_GROUP: {
            NEED(2);
            ssize_t e;
            int r = kr_sre_run(st, pc + 2, pos, depth + 1, &e);
            if (r < 0) return -1;
            if (!r) goto fail;
            pos = e;
            pc += 1 + (ssize_t)code[pc + 1];
            continue;
        }
        case OP_POSSESSIVE_REPEAT: {
            NEED(4);
            ssize_t mn = code[pc + 2], mx = code[pc + 3], n = 0, e;
            while (mx == SRE_MAXREPEAT || n < mx) {
                int r = kr_sre_run(st, pc + 4, pos, depth + 1, &e);
                if (r < 0) return -1;
                if (!r) break;
                if (e == pos) { if (n < mn) n = mn; break; }
                pos = e;
                n++;
            }
            if (n < mn) goto fail;
            pc += 2 + (ssize_t)code[pc + 1]; /* skip the SUCCESS ending the body */
            continue;
        }
        default:
            return bad_code();
        }
    fail:
        if (st->nch <= base) {
            undo(st, trail0);
            return 0;
        }
        {
            KrSreChoice c = st->ch[--st->nch];
            undo(st, c.trail);
            pos = c.pos;
            switch (c.act) {
            case A_BRANCH: {
                ssize_t alt = c.pc;
                goto try_alt_entry;
            try_alt_entry:
                pc = alt; /* BRANCH search continues at this alternative */
                {
                    for (;;) {
                        if (alt >= st->codesize) return bad_code();
                        if (code[alt] == 0) goto fail;
                        ssize_t next = alt + code[alt];
                        if (next >= st->codesize || alt + 2 >= st->codesize) return bad_code();
                        if (code[alt + 1] == OP_LITERAL && (pos >= end || GETC(pos) != code[alt + 2])) {
                            alt = next;
                            continue;
                        }
                        if (code[next] != 0 && push(st, A_BRANCH, next, pos, 0) < 0) return -1;
                        pc = alt + 1;
                        break;
                    }
                }
                continue;
            }
            case A_REPEAT_ONE: {
                ssize_t mn = code[c.pc + 2], next = c.pc + 1 + (ssize_t)code[c.pc + 1];
                ssize_t n = c.a - 1;
                if (next < st->codesize && code[next] == OP_LITERAL && next + 1 < st->codesize) {
                    uint32_t lit = code[next + 1];
                    while (n >= mn && (c.pos + n >= end || GETC(c.pos + n) != lit)) n--;
                    if (n < mn) goto fail;
                }
                if (n > mn && push(st, A_REPEAT_ONE, c.pc, c.pos, n) < 0) return -1;
                pos = c.pos + n;
                pc = next;
                continue;
            }
            case A_MIN_REPEAT_ONE: {
                ssize_t mx = code[c.pc + 3], next = c.pc + 1 + (ssize_t)code[c.pc + 1];
                if (mx == SRE_MAXREPEAT) mx = end;
                if (c.a >= mx || pos >= end) goto fail;
                int r = match_unit(st, c.pc + 4, GETC(pos));
                if (r < 0 || st->bad) return bad_code();
                if (!r) goto fail;
                pos++;
                if (c.a + 1 < mx && push(st, A_MIN_REPEAT_ONE, c.pc, pos, c.a + 1) < 0) return -1;
                pc = next;
                continue;
            }
            case A_UNTIL_TAIL:
                if (set_currep(st, st->reps[st->currep].prev) < 0) return -1;
                pc = c.pc + 1;
                continue;
            case A_MIN_UNTIL_BODY: {
                ssize_t r = st->currep;
                KrSreRep *rp = &st->reps[r];
                ssize_t count = rp->count + 1, mx = code[rp->pc + 3];
                if ((count >= mx && mx != SRE_MAXREPEAT) || pos == rp->last_pos) goto fail;
                if (set_rep(st, r, count, pos) < 0) return -1;
                pc = rp->pc + 4;
                continue;
            }
            }
            return bad_code();
        }
    }
}

static void reset(KrSreState *st)
{
    for (ssize_t i = 0; i < st->nmarks; i++) st->marks[i] = -1;
    st->ntrail = st->nch = st->nreps = 0;
    st->currep = -1;
    st->lastindex = -1;
    st->bad = 0;
}

int kr_sre_match_at(KrSreState *st, ssize_t pos, ssize_t *end)
{
    reset(st);
    st->search_start = pos;
    return kr_sre_run(st, 0, pos, 0, end);
}

int kr_sre_search(KrSreState *st, ssize_t pos, ssize_t *start, ssize_t *end)
{
    /* A leading literal (after INFO) lets us skip impossible starts. */
    ssize_t pc = 0;
    int have_lit = 0;
    uint32_t lit = 0;
    if (st->codesize > 2 && st->code[0] == OP_INFO) pc = 1 + st->code[1];
    if (pc + 1 < st->codesize && st->code[pc] == OP_LITERAL) { have_lit = 1; lit = st->code[pc + 1]; }
    int must_adv = st->must_advance;
    ssize_t first = pos;
    for (; pos <= st->end; pos++) {
        if (have_lit) {
            while (pos < st->end && GETC(pos) != lit) pos++;
            if (pos >= st->end) return 0;
        }
        reset(st);
        st->search_start = first;
        st->must_advance = must_adv && pos == first;
        int r = kr_sre_run(st, 0, pos, 0, end);
        if (r) {
            st->must_advance = must_adv;
            if (r > 0) *start = pos;
            return r;
        }
        if (kr_err_occurred()) return -1;
    }
    st->must_advance = must_adv;
    return 0;
}

void kr_sre_state_fini(KrSreState *st)
{
    kr_mem_free(st->trail);
    kr_mem_free(st->ch);
    kr_mem_free(st->reps);
    st->trail = NULL; st->ch = NULL; st->reps = NULL;
    st->atrail = st->ach = st->areps = 0;
}
