/* modargs.c — argument helpers for the tuple/dict calling convention used by
 * the tp_new of C module types (see modargs.h). */
#include "modargs.h"
#include "../objects/tuple.h"
#include "../objects/dict.h"
#include "../memory/mem.h"
#include "../vm/err.h"

int kr_modargs_has_kwargs(KrObject *kwds)
{
    return kwds && kr_dict_size(kwds) > 0;
}

int kr_modargs_parse_tuple(const KrArgSpec *spec, KrObject *args, KrObject *kwds, KrObject **out)
{
    ssize_t nargs = KR_SIZE(args);
    ssize_t nkw = kwds ? kr_dict_size(kwds) : 0;
    if (nkw == 0) return kr_args_parse(spec, KR_TUPLE_ITEMS(args), nargs, NULL, out);
    KrObject **stack = kr_mem_alloc((size_t)(nargs + nkw) * sizeof(KrObject *));
    if (!stack) {
        kr_err_no_memory();
        return -1;
    }
    KrObject *kwnames = kr_tuple_new(nkw);
    if (!kwnames) {
        kr_mem_free(stack);
        return -1;
    }
    for (ssize_t i = 0; i < nargs; i++) stack[i] = KR_TUPLE_ITEMS(args)[i];
    ssize_t pos = 0, j = 0;
    KrObject *key, *value;
    while (j < nkw && kr_dict_next(kwds, &pos, &key, &value)) {
        KR_TUPLE_SET_STEAL(kwnames, j, kr_newref(key));
        stack[nargs + j] = value;
        j++;
    }
    int r = kr_args_parse(spec, stack, nargs, kwnames, out);
    KR_DECREF(kwnames);
    kr_mem_free(stack);
    return r;
}
