/* range.h — the range type (arbitrary-precision bounds) and its iterators
 * (a machine-word fast path and a big-int one). */
#ifndef KR_RANGE_H
#define KR_RANGE_H
#include "object.h"

typedef struct {
    KrObject ob_base;
    KrObject *start, *stop, *step;   /* exact ints */
    KrObject *length;                /* exact int >= 0 */
} KrRangeObject;

extern KrTypeObject kr_range_type;
extern KrTypeObject kr_range_iter_type;      /* range_iterator */
extern KrTypeObject kr_longrange_iter_type;  /* longrange_iterator */
#define KR_RANGE_CHECK(o) (KR_TYPE(o) == &kr_range_type)

/* range(start, stop, step) from ints (borrowed, any int-like): new ref, or
 * NULL with ValueError "range() arg 3 must not be zero" / TypeError. */
KrObject *kr_range_new(KrObject *start, KrObject *stop, KrObject *step);
int kr_range_init(void);
#endif
