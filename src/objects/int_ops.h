/* int_ops.h — int arithmetic (int_ops.c): the number-method table shared by
 * int and bool, and operations other files reuse. */
#ifndef KR_INT_OPS_H
#define KR_INT_OPS_H
#include "int.h"

/* int's number slots; bool copies it and overrides & | ^. */
extern KrNumberMethods kr_int_ops_as_number;

/* The int & | ^ slots (NotImplemented unless both are ints). */
KrObject *kr_int_ops_and(KrObject *a, KrObject *b);
KrObject *kr_int_ops_or(KrObject *a, KrObject *b);
KrObject *kr_int_ops_xor(KrObject *a, KrObject *b);
/* divmod(a, b) of two ints: a new (q, r) tuple, or NULL (ZeroDivisionError). */
KrObject *kr_int_ops_divmod(KrObject *a, KrObject *b);
/* pow(a, b, m) of ints; m NULL or None for none. New reference or NULL. */
KrObject *kr_int_ops_power(KrObject *a, KrObject *b, KrObject *m);
#endif
