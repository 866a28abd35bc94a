/* int.h — arbitrary-precision integers. A value that fits in an int64_t is
 * kept inline (the fast path); larger values are GMP integers (mpz_t) whose
 * limbs come from krait's raw memory domain. */
#ifndef KR_INT_H
#define KR_INT_H
#include "object.h"

typedef struct {
    KrObject ob_base;
    int64_t ival;              /* the value when big == NULL */
    void *big;                 /* an mpz_t (__mpz_struct*) when the value is large, else NULL */
} KrIntObject;

extern KrTypeObject kr_int_type;
#define KR_INT_CHECK(o) KR_TYPE_HAS_FLAG(KR_TYPE(o), KR_TPFLAGS_LONG_SUBCLASS)
#define KR_INT_CHECK_EXACT(o) (KR_TYPE(o) == &kr_int_type)
/* Fast path for the VM: an int (any int, bool too) held inline. The
 * representation is canonical: a value that fits int64 is ALWAYS inline. */
#define KR_INT_IS_SMALL(o) (((KrIntObject *)(o))->big == NULL)
#define KR_INT_SMALL_VALUE(o) (((KrIntObject *)(o))->ival)

#define KR_SMALL_INT_MIN (-5)
#define KR_SMALL_INT_MAX 256
extern KrIntObject kr_small_ints[KR_SMALL_INT_MAX - KR_SMALL_INT_MIN + 1];
/* The cached int n (-5 <= n <= 256) as a BORROWED KrObject*. */
#define KR_SMALL_INT(n) ((KrObject *)&kr_small_ints[(n) - KR_SMALL_INT_MIN])

KrObject *kr_int_from_i64(int64_t v);
KrObject *kr_int_from_u64(uint64_t v);
KrObject *kr_int_from_ssize(ssize_t v);
KrObject *kr_int_from_double(double d);        /* int(3.7); OverflowError/ValueError for inf/nan */
/* Parses digits as int(s, base) does (underscores, sign, prefixes when base
 * is 0 or matches). ValueError "invalid literal for int() with base N: ..." */
KrObject *kr_int_from_string(const char *s, ssize_t len, int base); /* len -1: strlen */
int64_t kr_int_as_i64(KrObject *o);           /* -1 + OverflowError if too big; index() conversion */
ssize_t kr_int_as_ssize(KrObject *o);
double kr_int_as_double(KrObject *o);         /* -1.0 + OverflowError "int too large to convert to float" */
int kr_int_sign(KrObject *o);                 /* -1, 0, 1 */
int kr_int_compare(KrObject *a, KrObject *b); /* exact ints; -1/0/1 */
KrObject *kr_int_to_decimal_string(KrObject *o); /* str(o), honouring the 4300-digit limit */
KrObject *kr_int_to_base_string(KrObject *o, int base); /* bin/oct/hex with prefix */
kr_hash_t kr_int_hash(KrObject *o);
/* a op b for two ints (subclasses too): a new exact int, or a float for
 * true division and negative powers; in-place codes are accepted as the
 * plain operator; NULL + ZeroDivisionError/ValueError/OverflowError/
 * MemoryError; NotImplemented for @. */
KrObject *kr_int_binop(KrObject *a, KrObject *b, int op);
int kr_int_init(void);

/* ---- additions by the numeric-types owner ---- */

/* int(o) as the int() constructor does with one argument: exact ints are
 * returned as is; __int__, __index__, __trunc__ (with a DeprecationWarning),
 * str, bytes, bytearray and buffers. New reference or NULL (TypeError
 * "int() argument must be a string, a bytes-like object or a real number, not 'X'"). */
KrObject *kr_int_from_object(KrObject *o);
/* int(s, base) for s a str, bytes or bytearray (or other buffer); the
 * ValueError message shows repr(s) (truncated to 200 characters). */
KrObject *kr_int_from_any_string(KrObject *s, int base);
/* The value as int64 when it fits: returns it and sets *overflow = 0; else
 * returns -1 with *overflow = +1/-1 and NO exception. o must be an int. */
int64_t kr_int_as_i64_overflow(KrObject *o, int *overflow);
/* Same for uint64: -1 + OverflowError "can't convert negative int to unsigned"
 * or "int too big to convert". o must be an int. */
uint64_t kr_int_as_u64(KrObject *o);
/* A new exact int with the value of the int o (o itself when exact). */
KrObject *kr_int_exact(KrObject *o);
/* int's tp_richcompare (NotImplemented unless both are ints). */
KrObject *kr_int_richcompare(KrObject *a, KrObject *b, int op);
/* int.bit_length() as a C value (o an int; never fails). */
uint64_t kr_int_bit_length(KrObject *o);
/* repr of an exact int into a new str; same as kr_int_to_decimal_string. */
KrObject *kr_int_repr(KrObject *o);
/* 1 if o is an int whose value is zero (fast; o must be an int). */
static inline int kr_int_is_zero(KrObject *o) {
    return KR_INT_IS_SMALL(o) && KR_INT_SMALL_VALUE(o) == 0;
}
/* An int made from v (a new reference to the cached object for -5..256).
 * Inline fast path of kr_int_from_i64 for the VM. */
static inline KrObject *kr_int_from_i64_inline(int64_t v) {
    if (v >= KR_SMALL_INT_MIN && v <= KR_SMALL_INT_MAX)
        return kr_newref(&kr_small_ints[v - KR_SMALL_INT_MIN]);
    return kr_int_from_i64(v);
}
/* Fast paths for the VM on two exact small ints (KR_INT_IS_SMALL): they
 * return the result (new reference), or NULL with an exception only on
 * MemoryError; overflow falls back to GMP inside kr_int_binop. */
static inline KrObject *kr_int_add_small(KrObject *a, KrObject *b) {
    int64_t r;
    if (!__builtin_add_overflow(KR_INT_SMALL_VALUE(a), KR_INT_SMALL_VALUE(b), &r))
        return kr_int_from_i64_inline(r);
    return kr_int_binop(a, b, KR_NB_ADD);
}
static inline KrObject *kr_int_sub_small(KrObject *a, KrObject *b) {
    int64_t r;
    if (!__builtin_sub_overflow(KR_INT_SMALL_VALUE(a), KR_INT_SMALL_VALUE(b), &r))
        return kr_int_from_i64_inline(r);
    return kr_int_binop(a, b, KR_NB_SUBTRACT);
}
static inline KrObject *kr_int_mul_small(KrObject *a, KrObject *b) {
    int64_t r;
    if (!__builtin_mul_overflow(KR_INT_SMALL_VALUE(a), KR_INT_SMALL_VALUE(b), &r))
        return kr_int_from_i64_inline(r);
    return kr_int_binop(a, b, KR_NB_MULTIPLY);
}
/* Rich comparison of two exact small ints (op: KR_LT..KR_GE) as a C bool. */
static inline int kr_int_small_compare(KrObject *a, KrObject *b, int op) {
    int64_t x = KR_INT_SMALL_VALUE(a), y = KR_INT_SMALL_VALUE(b);
    switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x == y;
    case 3: return x != y;
    case 4: return x > y;
    default: return x >= y;
    }
}

#ifdef __GNU_MP__
/* GMP-level helpers shared by int*.c, float*.c and math.c (include <gmp.h>
 * before int.h to see them). */
#define KR_INT_MPZ(o) ((__mpz_struct *)((KrIntObject *)(o))->big)
/* A read-only mpz view of the int o: its own mpz when big, else a view of
 * the inline value built in *tmp over *limb (no allocation). */
mpz_srcptr kr_int_mpz_view(KrObject *o, __mpz_struct *tmp, mp_limb_t *limb);
/* An int from z, taking over z's limbs (z is cleared/moved: do not use or
 * clear it afterwards, even on failure). New reference or NULL. */
KrObject *kr_int_from_mpz_steal(mpz_ptr z);
/* An int with z's value (z untouched). */
KrObject *kr_int_from_mpz(mpz_srcptr z);
/* z (initialized) correctly rounded to a double; sets *overflow if out of range. */
double kr_int_mpz_to_double(mpz_srcptr z, int *overflow);
#endif

/* bool: a subclass of int with two instances. */
extern KrTypeObject kr_bool_type;
extern KrIntObject kr_true_object, kr_false_object;
#define KR_TRUE ((KrObject *)&kr_true_object)
#define KR_FALSE ((KrObject *)&kr_false_object)
#define KR_BOOL_CHECK(o) (KR_TYPE(o) == &kr_bool_type)
#define KR_RETURN_TRUE return kr_newref(KR_TRUE)
#define KR_RETURN_FALSE return kr_newref(KR_FALSE)
static inline KrObject *kr_bool_from(long v) { return kr_newref(v ? KR_TRUE : KR_FALSE); }
#endif
