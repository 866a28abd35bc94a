/* randommodule.c — the _random module: MT19937 (Matsumoto & Nishimura) with
 * CPython 3.11's seeding (init_by_array over 32-bit chunks of abs(n)),
 * random(), getrandbits(), getstate()/setstate() and error messages. */
#include <gmp.h>
#include "randommodule.h"
#include "../objects/type.h"
#include "../objects/tuple.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/str.h"
#include "../objects/dict.h"
#include "../memory/mem.h"
#include "../vm/err.h"

#include <stdint.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#define MT_N 624
#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

typedef struct {
    KrObject ob_base;
    int index;
    uint32_t state[MT_N];
} KrRandomObject;

static uint32_t random_genrand(KrRandomObject *self)
{
    static const uint32_t mag01[2] = { 0x0U, MATRIX_A };
    uint32_t y;
    uint32_t *mt = self->state;
    if (self->index >= MT_N) {
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 0x1U];
        }
        y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
        self->index = 0;
    }
    y = mt[self->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void random_init_genrand(KrRandomObject *self, uint32_t s)
{
    uint32_t *mt = self->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    self->index = MT_N;
}

static void random_init_by_array(KrRandomObject *self, const uint32_t *key, size_t len)
{
    uint32_t *mt = self->state;
    random_init_genrand(self, 19650218U);
    size_t i = 1, j = 0, k = MT_N > len ? MT_N : len;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++; j++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
        if (j >= len) j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    }
    mt[0] = 0x80000000U;
}

/* Seeds from the OS entropy source (falls back to time and pid). */
static void random_seed_urandom(KrRandomObject *self)
{
    uint32_t key[MT_N];
    size_t done = 0;
    while (done < sizeof key) {
        ssize_t r = getrandom((char *)key + done, sizeof key - done, 0);
        if (r <= 0) break;
        done += (size_t)r;
    }
    if (done < sizeof key) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_sec; key[1] = (uint32_t)ts.tv_nsec;
        key[2] = (uint32_t)getpid(); key[3] = (uint32_t)clock();
        random_init_by_array(self, key, 4);
        return;
    }
    random_init_by_array(self, key, MT_N);
}

/* Seeds self from arg (NULL/None: OS entropy; int: abs(arg); else hash). */
static int random_seed_obj(KrRandomObject *self, KrObject *arg)
{
    if (!arg || arg == KR_NONE) { random_seed_urandom(self); return 0; }
    mpz_t z;
    mpz_init(z);
    if (KR_INT_CHECK(arg)) {
        __mpz_struct tmp; mp_limb_t limb;
        mpz_abs(z, kr_int_mpz_view(arg, &tmp, &limb));
    } else {
        kr_hash_t h = kr_object_hash(arg);
        if (h == -1) { mpz_clear(z); return -1; }
        mpz_import(z, 1, -1, sizeof(uint64_t), 0, 0, &(uint64_t){ (uint64_t)h });
    }
    size_t bits = mpz_sizeinbase(z, 2);
    size_t words = mpz_sgn(z) == 0 ? 1 : (bits - 1) / 32 + 1;
    uint32_t *key = kr_mem_calloc(words, sizeof(uint32_t));
    if (!key) { mpz_clear(z); kr_err_no_memory(); return -1; }
    size_t count = 0;
    mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, z);
    mpz_clear(z);
    random_init_by_array(self, key, words);
    kr_mem_free(key);
    return 0;
}

static KrObject *Random_seed(KrObject *self, KrObject *const *args, ssize_t nargs)
{
    if (nargs > 1) {
        kr_err_format(kr_exc_TypeError, "seed expected at most 1 argument, got %zd", nargs);
        return NULL;
    }
    if (random_seed_obj((KrRandomObject *)self, nargs ? args[0] : NULL) < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *Random_random(KrObject *self, KrObject *unused)
{
    (void)unused;
    KrRandomObject *r = (KrRandomObject *)self;
    uint32_t a = random_genrand(r) >> 5, b = random_genrand(r) >> 6;
    return kr_float_from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static KrObject *Random_getrandbits(KrObject *self, KrObject *arg)
{
    KrRandomObject *r = (KrRandomObject *)self;
    ssize_t k;
    if (KR_INT_CHECK(arg)) {
        k = kr_int_as_ssize(arg);
    } else {
        KrObject *i = kr_number_index(arg);
        if (!i) return NULL;
        k = kr_int_as_ssize(i);
        KR_DECREF(i);
    }
    if (k == -1 && kr_err_occurred()) return NULL;
    if (k < 0) {
        kr_err_set_string(kr_exc_ValueError, "number of bits must be non-negative");
        return NULL;
    }
    if (k == 0) return kr_int_from_i64(0);
    if (k <= 32) return kr_int_from_u64(random_genrand(r) >> (32 - k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *buf = kr_mem_calloc(words, sizeof(uint32_t));
    if (!buf) { kr_err_no_memory(); return NULL; }
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = random_genrand(r);
        if (k < 32) x >>= (32 - k);
        buf[i] = x;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, buf);
    kr_mem_free(buf);
    return kr_int_from_mpz_steal(z);
}

static KrObject *Random_getstate(KrObject *self, KrObject *unused)
{
    (void)unused;
    KrRandomObject *r = (KrRandomObject *)self;
    KrObject *t = kr_tuple_new(MT_N + 1);
    if (!t) return NULL;
    for (int i = 0; i < MT_N; i++) {
        KrObject *v = kr_int_from_u64(r->state[i]);
        if (!v) { KR_DECREF(t); return NULL; }
        KR_TUPLE_SET_STEAL(t, i, v);
    }
    KrObject *v = kr_int_from_i64(r->index);
    if (!v) { KR_DECREF(t); return NULL; }
    KR_TUPLE_SET_STEAL(t, MT_N, v);
    return t;
}

/* An unsigned long from an int element of a state tuple (CPython messages). */
static int random_state_word(KrObject *o, uint32_t *out)
{
    if (!KR_INT_CHECK(o)) {
        kr_err_set_string(kr_exc_TypeError, "an integer is required");
        return -1;
    }
    if (kr_int_sign(o) < 0) {
        kr_err_set_string(kr_exc_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    if (kr_int_bit_length(o) > 64) {
        kr_err_set_string(kr_exc_OverflowError, "Python int too large to convert to C unsigned long");
        return -1;
    }
    *out = (uint32_t)kr_int_as_u64(o);
    return 0;
}

static KrObject *Random_setstate(KrObject *self, KrObject *state)
{
    KrRandomObject *r = (KrRandomObject *)self;
    if (!KR_TUPLE_CHECK(state)) {
        kr_err_set_string(kr_exc_TypeError, "state vector must be a tuple");
        return NULL;
    }
    if (KR_SIZE(state) != MT_N + 1) {
        kr_err_set_string(kr_exc_ValueError, "state vector is the wrong size");
        return NULL;
    }
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++)
        if (random_state_word(KR_TUPLE_GET(state, i), &words[i]) < 0) return NULL;
    KrObject *last = KR_TUPLE_GET(state, MT_N);
    if (!KR_INT_CHECK(last)) {
        kr_err_format(kr_exc_TypeError, "'%s' object cannot be interpreted as an integer", KR_TYPE(last)->tp_name);
        return NULL;
    }
    int overflow = 0;
    int64_t index = kr_int_as_i64_overflow(last, &overflow);
    if (overflow) {
        kr_err_set_string(kr_exc_OverflowError, "Python int too large to convert to C long");
        return NULL;
    }
    if (index < 0 || index > MT_N) {
        kr_err_set_string(kr_exc_ValueError, "invalid state");
        return NULL;
    }
    memcpy(r->state, words, sizeof words);
    r->index = (int)index;
    KR_RETURN_NONE;
}

static int random_init(KrObject *self, KrObject *args, KrObject *kwds)
{
    if ((KR_TYPE(self) == &kr_random_type || KR_TYPE(self)->tp_init == kr_random_type.tp_init) &&
        kwds && KR_DICT_CHECK(kwds) && kr_dict_size(kwds) > 0) {
        kr_err_set_string(kr_exc_TypeError, "Random() takes no keyword arguments");
        return -1;
    }
    ssize_t n = KR_SIZE(args);
    if (n > 1) {
        kr_err_set_string(kr_exc_TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return random_seed_obj((KrRandomObject *)self, n == 1 ? KR_TUPLE_GET(args, 0) : NULL);
}

static KrObject *random_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    (void)args; (void)kwds;
    KrRandomObject *r = (KrRandomObject *)type->tp_alloc(type, 0);
    if (!r) return NULL;
    memset(r->state, 0, sizeof r->state);
    r->index = 0;
    return (KrObject *)r;
}

static void random_dealloc(KrObject *o)
{
    KR_TYPE(o)->tp_free(o);
}

static KrMethodDef random_methods[] = {
    { "getrandbits", (void *)Random_getrandbits, KR_METH_O,
      "getrandbits($self, k, /)\n--\n\ngetrandbits(k) -> x.  Generates an int with k random bits." },
    { "getstate", (void *)Random_getstate, KR_METH_NOARGS,
      "getstate($self, /)\n--\n\ngetstate() -> tuple containing the current state." },
    { "random", (void *)Random_random, KR_METH_NOARGS,
      "random($self, /)\n--\n\nrandom() -> x in the interval [0, 1)." },
    { "seed", (void *)Random_seed, KR_METH_FASTCALL,
      "seed($self, n=None, /)\n--\n\nseed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\n"
      "of the current time and the process identifier." },
    { "setstate", (void *)Random_setstate, KR_METH_O,
      "setstate($self, state, /)\n--\n\nsetstate(state) -> None.  Restores generator state." },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_random_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_random.Random",
    .tp_basicsize = sizeof(KrRandomObject),
    .tp_dealloc = random_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = kr_object_generic_setattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE,
    .tp_doc = "Random() -> create a random number generator with its own internal state.",
    .tp_methods = random_methods,
    .tp_init = random_init,
    .tp_alloc = kr_object_alloc,
    .tp_new = random_new,
    .tp_free = kr_object_free,
};

static int random_exec(KrObject *m)
{
    if (kr_type_ready(&kr_random_type) < 0) return -1;
    if (kr_module_add_steal(m, "Random", kr_newref(&kr_random_type)) < 0) return -1;
    return 0;
}

KrModuleDef kr_randommodule_def = {
    .name = "_random",
    .doc = "Module implements the Mersenne Twister random number generator.",
    .exec = random_exec,
};
