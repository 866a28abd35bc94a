/* hash.c — SipHash-1-3 over raw bytes (the hash of str and bytes), keyed per
 * process from getrandom() or deterministically from PYTHONHASHSEED exactly as
 * CPython 3.11 derives its key, so hashes equal CPython's for the same seed. */
#include "hash.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <fcntl.h>
#include <unistd.h>
#include <time.h>

/* The secret is 24 bytes like CPython's _Py_HashSecret_t; SipHash uses the
 * first 16 as two little-endian 64-bit keys. */
static union {
    unsigned char bytes[24];
    struct { uint64_t k0, k1; } sip;
} hash_secret;

static int hash_randomized = 1;
static unsigned long hash_seed_value = 0;

/* ---------------------------------------------------------------------------
 * SipHash-1-3: one compression round per 8-byte block and three finalization
 * rounds. The final value is v0^v1^v2^v3, as CPython does (not the 2-4
 * variant's output).
 * ------------------------------------------------------------------------ */

#define ROTL64(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

#define HALF_ROUND(a, b, c, d, s, t) \
    a += b; c += d;                 \
    b = ROTL64(b, s) ^ a;           \
    d = ROTL64(d, t) ^ c;           \
    a = ROTL64(a, 32);

#define SIP_ROUND(v0, v1, v2, v3)          \
    HALF_ROUND(v0, v1, v2, v3, 13, 16);    \
    HALF_ROUND(v2, v1, v0, v3, 17, 21);

static inline uint64_t load_le64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

static uint64_t siphash13(uint64_t k0, uint64_t k1, const void *src, size_t len)
{
    uint64_t b = (uint64_t)len << 56;
    const uint8_t *in = src;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;

    while (len >= 8) {
        uint64_t mi = load_le64(in);
        in += 8;
        len -= 8;
        v3 ^= mi;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= mi;
    }
    uint64_t t = 0;
    switch (len) {
    case 7: t |= (uint64_t)in[6] << 48; /* fall through */
    case 6: t |= (uint64_t)in[5] << 40; /* fall through */
    case 5: t |= (uint64_t)in[4] << 32; /* fall through */
    case 4: t |= (uint64_t)in[3] << 24; /* fall through */
    case 3: t |= (uint64_t)in[2] << 16; /* fall through */
    case 2: t |= (uint64_t)in[1] << 8;  /* fall through */
    case 1: t |= (uint64_t)in[0];       /* fall through */
    case 0: break;
    }
    b |= t;
    v3 ^= b;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

kr_hash_t kr_hash_bytes(const void *data, size_t len)
{
    if (len == 0) return 0;
    kr_hash_t h = (kr_hash_t)siphash13(hash_secret.sip.k0, hash_secret.sip.k1, data, len);
    return h == -1 ? -2 : h;
}

uint64_t kr_hash_keyed(uint64_t key, const void *data, size_t len)
{
    return siphash13(key, 0, data, len);
}

kr_hash_t kr_hash_pointer(const void *p)
{
    /* Rotate by 4: the low bits of an address are always zero. */
    size_t y = (size_t)p;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    kr_hash_t h = (kr_hash_t)y;
    return h == -1 ? -2 : h;
}

int kr_hash_randomized(void) { return hash_randomized; }
unsigned long kr_hash_seed(void) { return hash_seed_value; }

/* CPython fills the secret from a decimal seed with the MSVC rand() LCG,
 * taking bits 16..23 of each successive 32-bit state. */
static void hash_fill_from_seed(unsigned int seed)
{
    unsigned int x = seed;
    for (size_t i = 0; i < sizeof hash_secret.bytes; i++) {
        x *= 214013;
        x += 2531011;
        hash_secret.bytes[i] = (x >> 16) & 0xff;
    }
}

static int hash_fill_random(void)
{
    size_t got = 0;
    while (got < sizeof hash_secret.bytes) {
        ssize_t n = getrandom(hash_secret.bytes + got, sizeof hash_secret.bytes - got, 0);
        if (n < 0) {
            if (errno == EINTR) continue;
            break;
        }
        got += (size_t)n;
    }
    if (got == sizeof hash_secret.bytes) return 0;
    /* No getrandom (very old kernels): fall back to /dev/urandom. */
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ssize_t n = read(fd, hash_secret.bytes, sizeof hash_secret.bytes);
        close(fd);
        if (n == (ssize_t)sizeof hash_secret.bytes) return 0;
    }
    return -1;
}

int kr_hash_init(void)
{
    const char *env = getenv("PYTHONHASHSEED");
    if (env && *env && strcmp(env, "random") != 0) {
        char *end;
        errno = 0;
        unsigned long seed = strtoul(env, &end, 10);
        if (*end != '\0' || errno != 0 || seed > 4294967295UL || env[0] == '-' || env[0] == '+'
            || env[0] == ' ') {
            fprintf(stderr, "Fatal Python error: PYTHONHASHSEED must be \"random\" or an "
                            "integer in range [0; 4294967295]\n");
            return -1;
        }
        hash_seed_value = seed;
        if (seed == 0) {
            memset(hash_secret.bytes, 0, sizeof hash_secret.bytes);
            hash_randomized = 0;
        } else {
            hash_fill_from_seed((unsigned int)seed);
            hash_randomized = 1;
        }
        return 0;
    }
    hash_randomized = 1;
    if (hash_fill_random() < 0) {
        fprintf(stderr, "Fatal Python error: failed to get random numbers to initialize Python\n");
        return -1;
    }
    return 0;
}
