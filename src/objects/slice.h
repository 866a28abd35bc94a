/* slice.h — slice objects (a[i:j:k]) and the index arithmetic every sequence
 * type uses to turn a slice into concrete start/stop/step values. */
#ifndef KR_SLICE_H
#define KR_SLICE_H
#include "object.h"

typedef struct {
    KrObject ob_base;
    KrObject *start, *stop, *step;   /* owned; None when omitted */
} KrSliceObject;

extern KrTypeObject kr_slice_type;
#define KR_SLICE_CHECK(o) (KR_TYPE(o) == &kr_slice_type)

/* slice(start, stop, step): arguments borrowed, NULL means None. New ref. */
KrObject *kr_slice_new(KrObject *start, KrObject *stop, KrObject *step);

/* First half of applying a slice: converts start/stop/step with __index__,
 * clamping huge values to the ssize_t range (as CPython's PySlice_Unpack).
 * Omitted start/stop get the extreme values for the step's direction.
 * 0, or -1 with TypeError ("slice indices must be integers or None or have
 * an __index__ method") or ValueError ("slice step cannot be zero"). */
int kr_slice_unpack(KrObject *slice, ssize_t *start, ssize_t *stop, ssize_t *step);

/* Second half: clips *start and *stop to a sequence of `length` items and
 * returns the number of items the slice selects (>= 0). Never fails. */
ssize_t kr_slice_adjust_indices(ssize_t length, ssize_t *start, ssize_t *stop, ssize_t step);

/* Both halves: 0 and the adjusted values + *slicelength, or -1. */
int kr_slice_get_indices(KrObject *slice, ssize_t length, ssize_t *start, ssize_t *stop,
                         ssize_t *step, ssize_t *slicelength);

/* The same with ints of any size (range slicing, slice.indices): new refs
 * to the clipped start, stop and step for a sequence of `length` items (an
 * int >= 0). 0, or -1 with an exception. */
int kr_slice_get_long_indices(KrObject *slice, KrObject *length, KrObject **start,
                              KrObject **stop, KrObject **step);

int kr_slice_init(void);
#endif
