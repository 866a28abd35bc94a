/* unicode_names.c — decodes the generated name table (see
 * tools/gen_unicode_names.py for the format) and answers name <-> code point
 * questions, including the computed names of CJK ideographs and Hangul
 * syllables. The table is decoded once, on first use. */
#include "unicode_names.h"
#include "../memory/mem.h"
#include <string.h>
#include <ctype.h>

static const char *const names_prefixes[] = {
    "CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
    "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-", "HANGUL SYLLABLE ",
};
#define NAMES_HANGUL_KIND 5

static unsigned char *names_stream;     /* decoded stream */
static const char **names_words;        /* word index -> text */
/* Every NAMES_STEP-th record: its position and the code point before it,
 * so that kr_unicode_names_get can start decoding near its target. */
#define NAMES_STEP 64
static long *names_ck_pos;
static uint32_t *names_ck_prev, *names_ck_first;
static int names_nck;

static int b64val(char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* Decodes the table; 0, or -1 when out of memory. */
static int names_init(void)
{
    if (names_stream) return 0;
    unsigned char *s = kr_raw_alloc((size_t)kr_unicode_names_stream_size + 4);
    const char **w = kr_raw_alloc(sizeof(char *) * (size_t)kr_unicode_names_vocab_count);
    if (!s || !w) { kr_raw_free(s); kr_raw_free(w); return -1; }
    long n = 0;
    unsigned acc = 0;
    int bits = 0;
    for (const char *p = kr_unicode_names_stream_b64; *p; p++) {
        int v = b64val(*p);
        if (v < 0) continue;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (n < kr_unicode_names_stream_size) s[n++] = (unsigned char)(acc >> bits);
            acc &= (1u << bits) - 1;
        }
    }
    const char *p = kr_unicode_names_vocab;
    for (int i = 0; i < kr_unicode_names_vocab_count; i++) {
        w[i] = p;
        p += strlen(p) + 1;
    }
    names_words = w;
    names_stream = s;
    return 0;
}

static size_t names_decode(long *pos, uint32_t *cp, char *buf, size_t size);

/* Builds the checkpoints; 0 or -1 (no memory). */
static int names_index(void)
{
    if (names_ck_pos) return 0;
    if (names_init() < 0) return -1;
    int cap = (int)(kr_unicode_names_stream_size / 4 / NAMES_STEP) + 2;
    long *cp_pos = kr_raw_alloc(sizeof(long) * (size_t)cap);
    uint32_t *cp_prev = kr_raw_alloc(sizeof(uint32_t) * (size_t)cap);
    uint32_t *cp_first = kr_raw_alloc(sizeof(uint32_t) * (size_t)cap);
    if (!cp_pos || !cp_prev || !cp_first) {
        kr_raw_free(cp_pos);
        kr_raw_free(cp_prev);
        kr_raw_free(cp_first);
        return -1;
    }
    long pos = 0;
    uint32_t c = (uint32_t)-1;
    int n = 0, k = 0;
    char tmp[160];
    while (pos < kr_unicode_names_stream_size) {
        int mark = k++ % NAMES_STEP == 0 && n < cap;
        if (mark) {
            cp_pos[n] = pos;
            cp_prev[n] = c;
        }
        names_decode(&pos, &c, tmp, sizeof tmp);
        if (mark) cp_first[n++] = c;
    }
    names_ck_prev = cp_prev;
    names_ck_first = cp_first;
    names_nck = n;
    names_ck_pos = cp_pos;
    return 0;
}

/* Hangul syllable parts (Unicode chapter 3.12). */
static const char *const hangul_l[] = { "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "",
                                        "J", "JJ", "C", "K", "T", "P", "H" };
static const char *const hangul_v[] = { "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                        "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I" };
static const char *const hangul_t[] = { "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB",
                                        "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C",
                                        "K", "T", "P", "H" };

/* Longest entry of table that prefixes s; its index or -1. */
static int hangul_part(const char *s, size_t n, const char *const *table, int count, size_t *len)
{
    int best = -1;
    size_t bl = 0;
    for (int i = 0; i < count; i++) {
        size_t l = strlen(table[i]);
        if (l <= n && memcmp(s, table[i], l) == 0 && (best < 0 || l > bl)) { best = i; bl = l; }
    }
    *len = bl;
    return best;
}

/* Decodes the record at *pos into buf (NUL-terminated); advances *pos and
 * *cp. Returns the name's length. */
static size_t names_decode(long *pos, uint32_t *cp, char *buf, size_t size)
{
    const unsigned char *s = names_stream;
    long i = *pos;
    if (s[i] == 0xFF) {
        *cp = ((uint32_t)s[i + 1] << 16) | ((uint32_t)s[i + 2] << 8) | s[i + 3];
        i += 4;
    } else {
        *cp += s[i++];
    }
    int ntok = s[i++];
    size_t len = 0;
    char sep = 0;
    for (int k = 0; k < ntok; k++) {
        int b = s[i++];
        if (b == 191) { sep = '-'; continue; }
        int idx = b < 191 ? b : (((b - 192) << 8) | s[i++]) + 191;
        if (len > 0 || sep) {
            if (len + 1 < size) buf[len] = sep ? sep : ' ';
            len++;
        }
        sep = 0;
        const char *w = names_words[idx];
        size_t wl = strlen(w);
        if (len + wl < size) memcpy(buf + len, w, wl);
        len += wl;
    }
    if (size) buf[len < size ? len : size - 1] = '\0';
    *pos = i;
    return len;
}

int kr_unicode_names_lookup(const char *name, size_t n, uint32_t *cp)
{
    char q[128];
    if (n == 0 || n >= sizeof q) return 0;
    for (size_t i = 0; i < n; i++) q[i] = (char)toupper((unsigned char)name[i]);
    q[n] = '\0';
    /* computed names */
    for (int k = 0; k < (int)(sizeof names_prefixes / sizeof names_prefixes[0]); k++) {
        size_t pl = strlen(names_prefixes[k]);
        if (n <= pl || memcmp(q, names_prefixes[k], pl) != 0) continue;
        uint32_t v = 0;
        if (k == NAMES_HANGUL_KIND) {
            size_t l1, l2, l3;
            const char *s = q + pl;
            size_t rest = n - pl;
            int L = hangul_part(s, rest, hangul_l, 19, &l1);
            int V = L >= 0 ? hangul_part(s + l1, rest - l1, hangul_v, 21, &l2) : -1;
            int T = V >= 0 ? hangul_part(s + l1 + l2, rest - l1 - l2, hangul_t, 28, &l3) : -1;
            if (L < 0 || V < 0 || T < 0 || l1 + l2 + l3 != rest) return 0;
            v = 0xAC00 + (uint32_t)((L * 21 + V) * 28 + T);
        } else {
            size_t digits = n - pl;
            if (digits < 4 || digits > 5) return 0;
            for (size_t i = pl; i < n; i++) {
                char c = q[i];
                int h = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (h < 0) return 0;
                v = v * 16 + (uint32_t)h;
            }
        }
        for (int r = 0; r < kr_unicode_names_nranges; r++) {
            const KrUnicodeNameRange *rg = &kr_unicode_names_ranges[r];
            if (rg->kind == k && v >= rg->first && v <= rg->last) { *cp = v; return 1; }
        }
        return 0;
    }
    if (names_init() < 0) return -1;
    long pos = 0;
    uint32_t c = (uint32_t)-1; /* the stream starts from code point -1 */
    char buf[160];
    while (pos < kr_unicode_names_stream_size) {
        size_t l = names_decode(&pos, &c, buf, sizeof buf);
        if (l == n && memcmp(buf, q, n) == 0) { *cp = c; return 1; }
    }
    return 0;
}

int kr_unicode_names_get(uint32_t cp, char *buf, size_t size)
{
    for (int r = 0; r < kr_unicode_names_nranges; r++) {
        const KrUnicodeNameRange *rg = &kr_unicode_names_ranges[r];
        if (cp < rg->first || cp > rg->last) continue;
        const char *pf = names_prefixes[rg->kind];
        size_t pl = strlen(pf);
        char tail[24];
        if (rg->kind == NAMES_HANGUL_KIND) {
            uint32_t s = cp - 0xAC00;
            int L = (int)(s / (21 * 28)), V = (int)(s % (21 * 28) / 28), T = (int)(s % 28);
            size_t a = strlen(hangul_l[L]), b = strlen(hangul_v[V]), c = strlen(hangul_t[T]);
            memcpy(tail, hangul_l[L], a);
            memcpy(tail + a, hangul_v[V], b);
            memcpy(tail + a + b, hangul_t[T], c);
            tail[a + b + c] = '\0';
        } else {
            static const char hex[] = "0123456789ABCDEF";
            int nd = cp > 0xFFFF ? 5 : 4;
            for (int i = nd - 1; i >= 0; i--) tail[nd - 1 - i] = hex[(cp >> (4 * i)) & 0xF];
            tail[nd] = '\0';
        }
        size_t tl = strlen(tail);
        if (pl + tl + 1 > size) return 0;
        memcpy(buf, pf, pl);
        memcpy(buf + pl, tail, tl + 1);
        return 1;
    }
    if (names_index() < 0) return -1;
    /* the last checkpoint whose first record is <= cp */
    int lo = 0, hi = names_nck - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (names_ck_first[mid] <= cp) lo = mid;
        else hi = mid - 1;
    }
    long pos = names_ck_pos[lo];
    uint32_t c = names_ck_prev[lo];
    char tmp[160];
    while (pos < kr_unicode_names_stream_size) {
        size_t l = names_decode(&pos, &c, tmp, sizeof tmp);
        if (c == cp) {
            if (l + 1 > size) return 0;
            memcpy(buf, tmp, l + 1);
            return 1;
        }
        if (c > cp) return 0;
    }
    return 0;
}
