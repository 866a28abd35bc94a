/* iter.h — the generic iterators and the iteration built-ins: the
 * sequence iterator (for objects with only __getitem__), iter(f, sentinel),
 * enumerate, zip, map, filter and reversed. */
#ifndef KR_ITER_H
#define KR_ITER_H
#include "object.h"

extern KrTypeObject kr_seqiter_type;       /* iterator */
extern KrTypeObject kr_calliter_type;      /* callable_iterator */
extern KrTypeObject kr_enumerate_type;     /* enumerate */
extern KrTypeObject kr_zip_type;           /* zip */
extern KrTypeObject kr_map_type;           /* map */
extern KrTypeObject kr_filter_type;        /* filter */
extern KrTypeObject kr_reversed_type;      /* reversed */

/* An iterator calling seq[0], seq[1], ... until IndexError or StopIteration
 * (what iter() returns for a sequence without __iter__). New ref. */
KrObject *kr_seqiter_new(KrObject *seq);
/* iter(callable, sentinel): calls callable() until it returns a value equal
 * to sentinel. New ref. (The "v must be callable" check is the caller's.) */
KrObject *kr_calliter_new(KrObject *callable, KrObject *sentinel);
/* reversed(seq) with CPython's rules (__reversed__, then the sequence
 * protocol; TypeError "'X' object is not reversible"). New ref. */
KrObject *kr_reversed_new(KrObject *seq);
/* builtins.<name> (iter, reversed ...) for iterators' __reduce__: new ref,
 * or NULL + AttributeError. */
KrObject *kr_iter_builtin(const char *name);
/* (builtins.iter, (seq,), index) or, for an exhausted iterator (seq NULL),
 * (builtins.<name>, ((),)): the usual __reduce__ of sequence iterators. */
KrObject *kr_iter_reduce_seq(const char *name, KrObject *seq, ssize_t index);
/* Parses __setstate__'s index argument: an int (TypeError "an integer is
 * required" otherwise; OverflowError past ssize_t). 0 or -1. */
int kr_iter_state_index(KrObject *state, ssize_t *index);
int kr_iter_init(void);
#endif
