/* modargs.h — argument helpers shared by the C modules itertools, _operator,
 * _functools and _collections (tp_new / tuple-dict calling convention). */
#ifndef KR_MODARGS_H
#define KR_MODARGS_H
#include "../objects/args.h"

/* kr_args_parse for an argument tuple and a keyword dict (NULL allowed):
 * out[i] gets BORROWED references (NULL when omitted). 0, or -1 + TypeError. */
int kr_modargs_parse_tuple(const KrArgSpec *spec, KrObject *args, KrObject *kwds, KrObject **out);
/* 1 if o is a dict with at least one item. */
int kr_modargs_has_kwargs(KrObject *kwds);
#endif
