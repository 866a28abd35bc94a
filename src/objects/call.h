/* call.h — helpers around the calling conventions (tp_call with a tuple and
 * a dict, vectorcall with an array and kwnames). */
#ifndef KR_CALL_H
#define KR_CALL_H
#include "object.h"

/* The vectorcall function of a callable, or NULL if it has none. */
static inline kr_vectorcallfunc kr_vectorcall_function(KrObject *callable)
{
    KrTypeObject *t = KR_TYPE(callable);
    if (!KR_TYPE_HAS_FLAG(t, KR_TPFLAGS_HAVE_VECTORCALL) || t->tp_vectorcall_offset <= 0)
        return NULL;
    return *(kr_vectorcallfunc *)((char *)callable + t->tp_vectorcall_offset);
}

/* tp_call for types that implement vectorcall: unpacks the tuple/dict and
 * calls the instance's vectorcall function. */
KrObject *kr_vectorcall_call(KrObject *callable, KrObject *args, KrObject *kwargs);

/* callable(*args[:nargs], **kwargs) where kwargs is a dict or NULL. */
KrObject *kr_object_vectorcall_dict(KrObject *callable, KrObject *const *args, size_t nargs,
                                    KrObject *kwargs);
/* callable(arg, *args, **kwargs); args a tuple, kwargs a dict or NULL. */
KrObject *kr_object_call_prepend(KrObject *callable, KrObject *arg, KrObject *args,
                                 KrObject *kwargs);
/* callable(self, *args[:nargsf], kwnames...) */
KrObject *kr_object_vectorcall_prepend(KrObject *callable, KrObject *self,
                                       KrObject *const *args, size_t nargsf, KrObject *kwnames);

/* Keyword conversion: the values after args[nargs] named by kwnames into a
 * new dict (NULL kwnames gives NULL with no error: check kr_err_occurred). */
KrObject *kr_call_kwnames_to_dict(KrObject *const *values, KrObject *kwnames);
/* A dict's items appended after nargs positional args: *newargs is a
 * kr_mem_alloc'ed array of NEW references (free with kr_call_free_stack),
 * *kwnames a new tuple or NULL. 0 or -1 ("keywords must be strings"). */
int kr_call_dict_to_stack(KrObject *const *args, ssize_t nargs, KrObject *kwargs,
                          KrObject ***newargs, KrObject **kwnames);
void kr_call_free_stack(KrObject **stack, ssize_t n);

/* Checks the result of a C call: NULL without exception -> SystemError,
 * result with exception -> SystemError. */
KrObject *kr_call_check_result(KrObject *callable, KrObject *result);
#endif
