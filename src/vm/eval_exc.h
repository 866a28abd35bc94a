/* eval_exc.h — the slower helpers of the eval loop (eval_exc.c): raising,
 * except / except* matching, name errors, unpacking, pattern matching,
 * argument-merging errors. Internal to the VM. */
#ifndef KR_EVAL_EXC_H
#define KR_EVAL_EXC_H
#include "../objects/object.h"
#include "../objects/code.h"

/* raise exc [from cause] (both borrowed, may be NULL). Returns 1 for a bare
 * `raise` that re-raised the handled exception (no new traceback entry),
 * 0 otherwise; an exception is set either way. */
int kr_eval_do_raise(KrObject *exc, KrObject *cause);

/* `except T`: T must be an exception class or a tuple of them. 0 or -1. */
int kr_eval_check_except_type_valid(KrObject *right);
/* `except* T`: as above, and T may not be an exception group type. */
int kr_eval_check_except_star_type_valid(KrObject *right);
/* Splits exc_value by match_type for except*: new refs in *match, *rest. */
int kr_eval_exception_group_match(KrObject *exc_value, KrObject *match_type, KrObject **match,
                                  KrObject **rest);
/* The exception to re-raise at the end of a try/except* (new ref; None if
 * nothing). orig: the original exception; excs: list of raised/reraised. */
KrObject *kr_eval_prep_reraise_star(KrObject *orig, KrObject *excs);

/* NameError / UnboundLocalError for localsplus slot i of co. */
void kr_eval_format_unbound_local(KrCodeObject *co, int i);
void kr_eval_format_unbound_deref(KrCodeObject *co, int i);
/* NameError "name 'x' is not defined" with exc.name set. */
void kr_eval_format_name_error(KrObject *name);

/* Unpacks v into sp[0..] in reverse order (sp points at the new top
 * area). argcnt items before a starred target, argcntafter after (-1: no
 * star). 0 or -1. */
int kr_eval_unpack_iterable(KrObject *v, int argcnt, int argcntafter, KrObject **sp);

/* match statement helpers: new ref, or NULL for "no match" (no exception)
 * or NULL with an exception. */
KrObject *kr_eval_match_class(KrObject *subject, KrObject *type, ssize_t nargs, KrObject *kwargs);
KrObject *kr_eval_match_keys(KrObject *map, KrObject *keys);

/* "f()" / "mod.f()" naming a callable in call errors. New ref. */
KrObject *kr_eval_function_str(KrObject *func);
/* f(*x) with a non-iterable x: TypeError. 0 if fine, -1 otherwise. */
int kr_eval_check_args_iterable(KrObject *func, KrObject *args);
/* DICT_MERGE: dict.update(update) refusing duplicate keys, with the call's
 * messages. 0 or -1. */
int kr_eval_dict_merge(KrObject *func, KrObject *dict, KrObject *update);
/* Converts a non-dict **kwargs mapping into a new dict (CALL_FUNCTION_EX). */
KrObject *kr_eval_kwargs_to_dict(KrObject *func, KrObject *kwargs);

/* IMPORT_STAR into a locals mapping. 0 or -1. */
int kr_eval_import_all_from(KrObject *locals, KrObject *module);
/* After a failed attribute load: gives a pending AttributeError its
 * name/obj attributes if it has none (for "Did you mean" hints). */
void kr_eval_set_attribute_error_context(KrObject *obj, KrObject *name);
/* FORMAT_VALUE. New ref. */
KrObject *kr_eval_format_value(KrObject *value, int conversion, KrObject *spec);
#endif
