/* eval_exc.c — the eval loop's slow paths: raise, except / except*
 * matching and re-raising, unbound-name errors, iterable unpacking,
 * pattern matching, and the error messages of calls with * and **. */
#include "eval_exc.h"
#include "err.h"
#include "state.h"
#include "../objects/tuple.h"
#include "../objects/list.h"
#include "../objects/dict.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/ids.h"
#include "../objects/bytes.h"
#include "../objects/abstract.h"
#include "../objects/cfunction.h"
#include "../objects/exceptions.h"

/* ---- raise ------------------------------------------------------------------ */

/* The innermost exception being handled (borrowed), or NULL. */
static KrObject *topmost_handled(void)
{
    KrExcStackItem *ei = kr_tstate->exc_info;
    while (ei && (ei->exc == NULL || ei->exc == KR_NONE) && ei->previous) ei = ei->previous;
    if (!ei || !ei->exc || ei->exc == KR_NONE) return NULL;
    return ei->exc;
}

int kr_eval_do_raise(KrObject *exc, KrObject *cause)
{
    if (!exc) {
        KrObject *cur = topmost_handled();
        if (!cur) {
            kr_err_set_string(kr_exc_RuntimeError, "No active exception to reraise");
            return 0;
        }
        kr_err_restore(kr_newref(cur));
        return 1;
    }
    KrObject *value;
    if (kr_exception_class_check(exc)) {
        value = kr_object_call_noargs(exc);
        if (!value) return 0;
        if (!kr_exception_check(value)) {
            kr_err_format(kr_exc_TypeError,
                          "calling %R should have returned an instance of BaseException, not %R",
                          exc, (KrObject *)KR_TYPE(value));
            KR_DECREF(value);
            return 0;
        }
    } else if (kr_exception_check(exc)) {
        value = kr_newref(exc);
    } else {
        kr_err_set_string(kr_exc_TypeError, "exceptions must derive from BaseException");
        return 0;
    }
    if (cause) {
        KrObject *fixed = NULL;
        if (kr_exception_class_check(cause)) {
            fixed = kr_object_call_noargs(cause);
            if (!fixed) {
                KR_DECREF(value);
                return 0;
            }
        } else if (kr_exception_check(cause)) {
            fixed = kr_newref(cause);
        } else if (cause != KR_NONE) {
            kr_err_set_string(kr_exc_TypeError, "exception causes must derive from BaseException");
            KR_DECREF(value);
            return 0;
        }
        kr_exception_set_cause_steal(value, fixed);
    }
    kr_err_set_exception(value);
    KR_DECREF(value);
    return 0;
}

/* ---- except / except* --------------------------------------------------------- */

#define CANNOT_CATCH_MSG "catching classes that do not inherit from BaseException is not allowed"

int kr_eval_check_except_type_valid(KrObject *right)
{
    if (KR_TUPLE_CHECK(right)) {
        for (ssize_t i = 0; i < KR_SIZE(right); i++) {
            if (!kr_exception_class_check(KR_TUPLE_GET(right, i))) {
                kr_err_set_string(kr_exc_TypeError, CANNOT_CATCH_MSG);
                return -1;
            }
        }
    } else if (!kr_exception_class_check(right)) {
        kr_err_set_string(kr_exc_TypeError, CANNOT_CATCH_MSG);
        return -1;
    }
    return 0;
}

int kr_eval_check_except_star_type_valid(KrObject *right)
{
    if (kr_eval_check_except_type_valid(right) < 0) return -1;
    int is_sub = 0;
    if (KR_TUPLE_CHECK(right)) {
        for (ssize_t i = 0; i < KR_SIZE(right) && !is_sub; i++) {
            is_sub = kr_object_is_subclass(KR_TUPLE_GET(right, i), kr_exc_BaseExceptionGroup);
            if (is_sub < 0) return -1;
        }
    } else {
        is_sub = kr_object_is_subclass(right, kr_exc_BaseExceptionGroup);
        if (is_sub < 0) return -1;
    }
    if (is_sub) {
        kr_err_set_string(kr_exc_TypeError,
                          "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

static int is_exception_group(KrObject *o)
{
    return kr_type_is_subtype(KR_TYPE(o), (KrTypeObject *)kr_exc_BaseExceptionGroup);
}

/* BaseExceptionGroup("", excs): picks ExceptionGroup when it can. */
static KrObject *make_exception_group(KrObject *excs)
{
    KrObject *msg = kr_str_from_cstr("");
    if (!msg) return NULL;
    KrObject *args[2] = { msg, excs };
    KrObject *eg = kr_object_vectorcall(kr_exc_BaseExceptionGroup, args, 2, NULL);
    KR_DECREF(msg);
    return eg;
}

int kr_eval_exception_group_match(KrObject *exc_value, KrObject *match_type, KrObject **match,
                                  KrObject **rest)
{
    if (exc_value == KR_NONE) {
        *match = kr_newref(KR_NONE);
        *rest = kr_newref(KR_NONE);
        return 0;
    }
    if (kr_err_given_matches((KrObject *)KR_TYPE(exc_value), match_type)) {
        if (is_exception_group(exc_value)) {
            *match = kr_newref(exc_value);
        } else {
            KrObject *excs = kr_tuple_pack(1, exc_value);
            if (!excs) return -1;
            KrObject *wrapped = make_exception_group(excs);
            KR_DECREF(excs);
            if (!wrapped) return -1;
            KrObject *tb = kr_exception_get_traceback(exc_value);
            if (tb) kr_exception_set_traceback(wrapped, tb);
            *match = wrapped;
        }
        *rest = kr_newref(KR_NONE);
        return 0;
    }
    if (is_exception_group(exc_value)) {
        KrObject *pair = kr_object_call_method_str(exc_value, "split", &match_type, 1);
        if (!pair) return -1;
        if (!KR_TUPLE_CHECK(pair) || KR_SIZE(pair) != 2) {
            KR_DECREF(pair);
            kr_err_set_string(kr_exc_TypeError, "split must return a 2-tuple");
            return -1;
        }
        *match = kr_newref(KR_TUPLE_GET(pair, 0));
        *rest = kr_newref(KR_TUPLE_GET(pair, 1));
        KR_DECREF(pair);
        return 0;
    }
    *match = kr_newref(KR_NONE);
    *rest = kr_newref(exc_value);
    return 0;
}

static int collect_leaf_ids(KrObject *e, KrObject *ids)
{
    if (e == KR_NONE) return 0;
    if (!is_exception_group(e)) {
        KrObject *id = kr_int_from_i64((int64_t)(intptr_t)e);
        if (!id) return -1;
        int r = kr_set_add(ids, id);
        KR_DECREF(id);
        return r;
    }
    KrObject *excs = kr_object_getattr_str(e, "exceptions");
    if (!excs) return -1;
    int r = 0;
    KrObject *it = kr_object_get_iter(excs);
    KR_DECREF(excs);
    if (!it) return -1;
    KrObject *item;
    while ((item = kr_iter_next(it))) {
        r = collect_leaf_ids(item, ids);
        KR_DECREF(item);
        if (r < 0) break;
    }
    KR_DECREF(it);
    if (kr_err_occurred()) r = -1;
    return r;
}

/* The predicate given to split() for projections: id(leaf) in ids. */
static KrObject *leaf_id_matcher(KrObject *ids, KrObject *exc)
{
    KrObject *id = kr_int_from_i64((int64_t)(intptr_t)exc);
    if (!id) return NULL;
    int r = kr_set_contains(ids, id);
    KR_DECREF(id);
    if (r < 0) return NULL;
    return kr_bool_from(r);
}
static KrMethodDef leaf_id_matcher_def = { "_leaf_id_matcher", (void *)leaf_id_matcher, KR_METH_O, NULL };

static KrObject *exception_group_projection(KrObject *eg, KrObject *keep)
{
    if (KR_SIZE(keep) == 0) return kr_newref(KR_NONE);
    KrObject *ids = kr_set_new(NULL);
    if (!ids) return NULL;
    for (ssize_t i = 0; i < KR_SIZE(keep); i++) {
        if (collect_leaf_ids(KR_LIST_GET(keep, i), ids) < 0) {
            KR_DECREF(ids);
            return NULL;
        }
    }
    KrObject *pred = kr_cfunction_new(&leaf_id_matcher_def, ids, NULL);
    KR_DECREF(ids);
    if (!pred) return NULL;
    KrObject *pair = kr_object_call_method_str(eg, "split", &pred, 1);
    KR_DECREF(pred);
    if (!pair) return NULL;
    KrObject *res = kr_newref(KR_TUPLE_GET(pair, 0));
    KR_DECREF(pair);
    return res;
}

static KrObject *notes_of(KrObject *e)
{
    KrObject *d = ((KrBaseExceptionObject *)e)->dict;
    KrObject *n = d ? kr_dict_get_item_borrow(d, KR_ID(__notes__)) : NULL;
    if (!n) kr_err_clear();
    return n ? n : ((KrBaseExceptionObject *)e)->notes;
}

static int same_exception_metadata(KrObject *a, KrObject *b)
{
    return notes_of(a) == notes_of(b) &&
           kr_exception_get_traceback(a) == kr_exception_get_traceback(b) &&
           kr_exception_get_cause(a) == kr_exception_get_cause(b) &&
           kr_exception_get_context(a) == kr_exception_get_context(b);
}

KrObject *kr_eval_prep_reraise_star(KrObject *orig, KrObject *excs)
{
    if (!KR_LIST_CHECK(excs)) {
        kr_err_set_string(kr_exc_SystemError, "PREP_RERAISE_STAR expects a list");
        return NULL;
    }
    ssize_t n = KR_SIZE(excs);
    if (n == 0) return kr_newref(KR_NONE);
    if (!is_exception_group(orig)) return kr_newref(KR_LIST_GET(excs, 0));
    KrObject *raised = kr_list_new(0), *reraised = kr_list_new(0), *result = NULL;
    if (!raised || !reraised) goto done;
    for (ssize_t i = 0; i < n; i++) {
        KrObject *e = KR_LIST_GET(excs, i);
        if (e == KR_NONE) continue;
        if (kr_list_append(same_exception_metadata(e, orig) ? reraised : raised, e) < 0) goto done;
    }
    KrObject *reraised_eg = exception_group_projection(orig, reraised);
    if (!reraised_eg) goto done;
    if (KR_SIZE(raised) == 0) {
        result = reraised_eg;
    } else {
        int err = 0;
        if (reraised_eg != KR_NONE) err = kr_list_append(raised, reraised_eg);
        KR_DECREF(reraised_eg);
        if (err < 0) goto done;
        result = make_exception_group(raised);
    }
done:
    KR_XDECREF(raised);
    KR_XDECREF(reraised);
    return result;
}

/* ---- name errors -------------------------------------------------------------- */

void kr_eval_format_name_error(KrObject *name)
{
    kr_err_format(kr_exc_NameError, "name '%U' is not defined", name);
    KrObject *exc = kr_err_fetch();
    if (exc) {
        if (kr_object_setattr(exc, KR_ID(name), name) < 0) kr_err_clear();
        kr_err_restore(exc);
    }
}

void kr_eval_format_unbound_local(KrCodeObject *co, int i)
{
    kr_err_format(kr_exc_UnboundLocalError,
                  "cannot access local variable '%U' where it is not associated with a value",
                  KR_TUPLE_GET(co->co_localsplusnames, i));
}

void kr_eval_format_unbound_deref(KrCodeObject *co, int i)
{
    const uint8_t *kinds = (const uint8_t *)KR_BYTES_DATA(co->co_localspluskinds);
    if (kinds[i] & KR_CO_FAST_FREE)
        kr_err_format(kr_exc_NameError,
                      "cannot access free variable '%U' where it is not associated with a value in enclosing scope",
                      KR_TUPLE_GET(co->co_localsplusnames, i));
    else
        kr_eval_format_unbound_local(co, i);
}

/* ---- unpacking ------------------------------------------------------------------ */

int kr_eval_unpack_iterable(KrObject *v, int argcnt, int argcntafter, KrObject **sp)
{
    int i = 0;
    KrObject *it = kr_object_get_iter(v);
    if (!it) {
        if (kr_err_matches(kr_exc_TypeError) && !KR_TYPE(v)->tp_iter && !kr_sequence_check(v)) {
            kr_err_clear();
            kr_err_format(kr_exc_TypeError, "cannot unpack non-iterable %.200s object",
                          KR_TYPE(v)->tp_name);
        }
        return -1;
    }
    for (; i < argcnt; i++) {
        KrObject *w = kr_iter_next(it);
        if (!w) {
            if (!kr_err_occurred()) {
                if (argcntafter == -1)
                    kr_err_format(kr_exc_ValueError, "not enough values to unpack (expected %d, got %d)",
                                  argcnt, i);
                else
                    kr_err_format(kr_exc_ValueError,
                                  "not enough values to unpack (expected at least %d, got %d)",
                                  argcnt + argcntafter, i);
            }
            goto fail;
        }
        *--sp = w;
    }
    if (argcntafter == -1) {
        KrObject *w = kr_iter_next(it);
        if (!w) {
            if (kr_err_occurred()) goto fail;
            KR_DECREF(it);
            return 0;
        }
        KR_DECREF(w);
        kr_err_format(kr_exc_ValueError, "too many values to unpack (expected %d)", argcnt);
        goto fail;
    }
    KrObject *l = kr_sequence_list(it);
    if (!l) goto fail;
    *--sp = l;
    i++;
    ssize_t ll = KR_SIZE(l);
    if (ll < argcntafter) {
        kr_err_format(kr_exc_ValueError, "not enough values to unpack (expected at least %d, got %zd)",
                      argcnt + argcntafter, (ssize_t)argcnt + ll);
        goto fail;
    }
    for (int j = argcntafter; j > 0; j--, i++) *--sp = KR_LIST_GET(l, ll - j);
    KR_SIZE(l) = ll - argcntafter;
    KR_DECREF(it);
    return 0;
fail:
    for (; i > 0; i--, sp++) KR_DECREF(*sp);
    KR_DECREF(it);
    return -1;
}

/* ---- pattern matching ------------------------------------------------------------ */

static KrObject *match_class_attr(KrObject *subject, KrObject *type, KrObject *name, KrObject *seen)
{
    int r = kr_set_contains(seen, name);
    if (r < 0) return NULL;
    if (r || kr_set_add(seen, name) < 0) {
        if (r)
            kr_err_format(kr_exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                          ((KrTypeObject *)type)->tp_name, name);
        return NULL;
    }
    KrObject *attr = NULL;
    if (kr_object_lookup_attr(subject, name, &attr) < 0) return NULL;
    return attr;
}

KrObject *kr_eval_match_class(KrObject *subject, KrObject *type, ssize_t nargs, KrObject *kwargs)
{
    if (!KR_TYPE_CHECK(type)) {
        kr_err_set_string(kr_exc_TypeError, "called match pattern must be a type");
        return NULL;
    }
    int inst = kr_object_is_instance(subject, type);
    if (inst <= 0) return NULL;
    KrObject *seen = kr_set_new(NULL);
    KrObject *attrs = kr_list_new(0);
    KrObject *match_args = NULL, *result = NULL;
    if (!seen || !attrs) goto done;
    if (nargs) {
        int match_self = 0;
        int r = kr_object_lookup_attr(type, KR_ID(__match_args__), &match_args);
        if (r < 0) goto done;
        if (r) {
            if (!KR_TUPLE_CHECK_EXACT(match_args)) {
                kr_err_format(kr_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                              ((KrTypeObject *)type)->tp_name, KR_TYPE(match_args)->tp_name);
                goto done;
            }
        } else {
            match_args = kr_tuple_new(0);
            if (!match_args) goto done;
            match_self = KR_TYPE_HAS_FLAG((KrTypeObject *)type, KR_TPFLAGS_MATCH_SELF);
        }
        ssize_t allowed = match_self ? 1 : KR_SIZE(match_args);
        if (allowed < nargs) {
            kr_err_format(kr_exc_TypeError, "%s() accepts %zd positional sub-pattern%s (%zd given)",
                          ((KrTypeObject *)type)->tp_name, allowed, allowed == 1 ? "" : "s", nargs);
            goto done;
        }
        if (match_self) {
            if (kr_list_append(attrs, subject) < 0) goto done;
        } else {
            for (ssize_t i = 0; i < nargs; i++) {
                KrObject *name = KR_TUPLE_GET(match_args, i);
                if (!KR_STR_CHECK_EXACT(name)) {
                    kr_err_format(kr_exc_TypeError, "__match_args__ elements must be strings (got %s)",
                                  KR_TYPE(name)->tp_name);
                    goto done;
                }
                KrObject *attr = match_class_attr(subject, type, name, seen);
                if (!attr) goto done;
                int err = kr_list_append(attrs, attr);
                KR_DECREF(attr);
                if (err < 0) goto done;
            }
        }
    }
    for (ssize_t i = 0; i < KR_SIZE(kwargs); i++) {
        KrObject *attr = match_class_attr(subject, type, KR_TUPLE_GET(kwargs, i), seen);
        if (!attr) goto done;
        int err = kr_list_append(attrs, attr);
        KR_DECREF(attr);
        if (err < 0) goto done;
    }
    result = kr_list_as_tuple(attrs);
done:
    KR_XDECREF(seen);
    KR_XDECREF(attrs);
    KR_XDECREF(match_args);
    return result;
}

KrObject *kr_eval_match_keys(KrObject *map, KrObject *keys)
{
    ssize_t nkeys = KR_SIZE(keys);
    if (nkeys == 0) return kr_tuple_new(0);
    KrObject *get = NULL, *seen = NULL, *values = NULL, *dummy = NULL, *result = NULL;
    get = kr_object_getattr_str(map, "get");
    if (!get) return NULL;
    seen = kr_set_new(NULL);
    values = kr_list_new(0);
    dummy = kr_object_call_noargs((KrObject *)&kr_object_type);
    if (!seen || !values || !dummy) goto done;
    for (ssize_t i = 0; i < nkeys; i++) {
        KrObject *key = KR_TUPLE_GET(keys, i);
        int r = kr_set_contains(seen, key);
        if (r < 0) goto done;
        if (r) {
            kr_err_format(kr_exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            goto done;
        }
        if (kr_set_add(seen, key) < 0) goto done;
        KrObject *value = kr_object_call_two(get, key, dummy);
        if (!value) goto done;
        if (value == dummy) {
            KR_DECREF(value);
            goto done;  /* no match */
        }
        int err = kr_list_append(values, value);
        KR_DECREF(value);
        if (err < 0) goto done;
    }
    result = kr_list_as_tuple(values);
done:
    KR_XDECREF(get);
    KR_XDECREF(seen);
    KR_XDECREF(values);
    KR_XDECREF(dummy);
    return result;
}

/* ---- calls with * and ** ------------------------------------------------------------ */

KrObject *kr_eval_function_str(KrObject *func)
{
    KrObject *qualname = NULL, *module = NULL, *res;
    if (kr_object_lookup_attr(func, KR_ID(__qualname__), &qualname) <= 0) {
        kr_err_clear();
        return kr_object_str(func);
    }
    if (kr_object_lookup_attr(func, KR_ID(__module__), &module) < 0) kr_err_clear();
    if (module && module != KR_NONE && !(KR_STR_CHECK(module) && kr_str_equal_cstr(module, "builtins")))
        res = kr_str_from_format("%S.%S()", module, qualname);
    else
        res = kr_str_from_format("%S()", qualname);
    KR_XDECREF(module);
    KR_DECREF(qualname);
    return res;
}

int kr_eval_check_args_iterable(KrObject *func, KrObject *args)
{
    if (KR_TYPE(args)->tp_iter == NULL && !kr_sequence_check(args)) {
        kr_err_clear();
        KrObject *fs = kr_eval_function_str(func);
        if (fs) {
            kr_err_format(kr_exc_TypeError, "%U argument after * must be an iterable, not %.200s", fs,
                          KR_TYPE(args)->tp_name);
            KR_DECREF(fs);
        }
        return -1;
    }
    return 0;
}

static int merge_one(KrObject *func, KrObject *dict, KrObject *key, KrObject *value)
{
    int r = kr_dict_contains(dict, key);
    if (r < 0) return -1;
    if (r) {
        KrObject *fs = kr_eval_function_str(func);
        if (fs) {
            kr_err_format(kr_exc_TypeError, "%U got multiple values for keyword argument '%S'", fs, key);
            KR_DECREF(fs);
        }
        return -1;
    }
    return kr_dict_set_item(dict, key, value);
}

int kr_eval_dict_merge(KrObject *func, KrObject *dict, KrObject *update)
{
    if (KR_DICT_CHECK(update)) {
        ssize_t pos = 0;
        KrObject *k, *v;
        while (kr_dict_next(update, &pos, &k, &v)) {
            KR_INCREF(k);
            KR_INCREF(v);
            int err = merge_one(func, dict, k, v);
            KR_DECREF(k);
            KR_DECREF(v);
            if (err < 0) return -1;
        }
        return 0;
    }
    KrObject *keysm = NULL;
    int has = kr_object_lookup_attr(update, KR_ID(keys), &keysm);
    if (has < 0) return -1;
    if (!has) {
        KrObject *fs = kr_eval_function_str(func);
        if (fs) {
            kr_err_format(kr_exc_TypeError, "%U argument after ** must be a mapping, not %.200s", fs,
                          KR_TYPE(update)->tp_name);
            KR_DECREF(fs);
        }
        return -1;
    }
    KrObject *keys = kr_object_call_noargs(keysm);
    KR_DECREF(keysm);
    if (!keys) return -1;
    KrObject *it = kr_object_get_iter(keys);
    KR_DECREF(keys);
    if (!it) return -1;
    KrObject *k;
    int err = 0;
    while ((k = kr_iter_next(it))) {
        KrObject *v = kr_object_getitem(update, k);
        err = v ? merge_one(func, dict, k, v) : -1;
        KR_XDECREF(v);
        KR_DECREF(k);
        if (err < 0) break;
    }
    KR_DECREF(it);
    if (kr_err_occurred()) return -1;
    return err;
}

KrObject *kr_eval_kwargs_to_dict(KrObject *func, KrObject *kwargs)
{
    KrObject *d = kr_dict_new();
    if (!d) return NULL;
    if (kr_eval_dict_merge(func, d, kwargs) < 0) {
        KR_DECREF(d);
        return NULL;
    }
    return d;
}

/* ---- from m import * ------------------------------------------------------------------- */

int kr_eval_import_all_from(KrObject *locals, KrObject *v)
{
    KrObject *all = NULL;
    int skip_underscores = 0, err = 0;
    if (kr_object_lookup_attr(v, KR_ID(__all__), &all) < 0) return -1;
    if (!all) {
        KrObject *dict = NULL;
        if (kr_object_lookup_attr(v, KR_ID(__dict__), &dict) < 0) return -1;
        if (!dict) {
            kr_err_set_string(kr_exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = kr_mapping_keys(dict);
        KR_DECREF(dict);
        if (!all) return -1;
        skip_underscores = 1;
    }
    for (ssize_t pos = 0;; pos++) {
        KrObject *name = kr_sequence_get_item(all, pos);
        if (!name) {
            if (kr_err_matches(kr_exc_IndexError)) kr_err_clear();
            else err = -1;
            break;
        }
        if (!KR_STR_CHECK(name)) {
            KrObject *modname = kr_object_getattr(v, KR_ID(__name__));
            if (modname) {
                if (!KR_STR_CHECK(modname))
                    kr_err_format(kr_exc_TypeError, "module __name__ must be a string, not %.100s",
                                  KR_TYPE(modname)->tp_name);
                else
                    kr_err_format(kr_exc_TypeError, "%s in %U.%s must be str, not %.100s",
                                  skip_underscores ? "Key" : "Item", modname,
                                  skip_underscores ? "__dict__" : "__all__", KR_TYPE(name)->tp_name);
                KR_DECREF(modname);
            }
            KR_DECREF(name);
            err = -1;
            break;
        }
        if (skip_underscores && KR_STR_LEN(name) > 0 && KR_STR_READ_CHAR(name, 0) == '_') {
            KR_DECREF(name);
            continue;
        }
        KrObject *value = kr_object_getattr(v, name);
        if (!value) err = -1;
        else if (KR_DICT_CHECK_EXACT(locals)) err = kr_dict_set_item(locals, name, value);
        else err = kr_object_setitem(locals, name, value);
        KR_DECREF(name);
        KR_XDECREF(value);
        if (err) break;
    }
    KR_DECREF(all);
    return err;
}

/* ---- f-strings ------------------------------------------------------------------------- */

KrObject *kr_eval_format_value(KrObject *value, int conversion, KrObject *spec)
{
    KrObject *conv = NULL, *res;
    switch (conversion) {
    case 1: conv = kr_object_str(value); break;
    case 2: conv = kr_object_repr(value); break;
    case 3: conv = kr_object_ascii(value); break;
    default: conv = kr_newref(value); break;
    }
    if (!conv) return NULL;
    if (!spec && KR_STR_CHECK_EXACT(conv)) return conv;
    if (spec && KR_STR_CHECK_EXACT(conv) && KR_STR_LEN(spec) == 0) return conv;
    res = kr_object_format(conv, spec);
    KR_DECREF(conv);
    return res;
}

void kr_eval_set_attribute_error_context(KrObject *obj, KrObject *name)
{
    if (!kr_err_matches(kr_exc_AttributeError)) return;
    KrObject *exc = kr_err_fetch();
    KrObject *cur = NULL;
    if (kr_object_lookup_attr(exc, KR_ID(name), &cur) >= 0 && (!cur || cur == KR_NONE)) {
        if (kr_object_setattr(exc, KR_ID(name), name) < 0 ||
            kr_object_setattr_str(exc, "obj", obj) < 0)
            kr_err_clear();
    }
    KR_XDECREF(cur);
    kr_err_clear();
    kr_err_restore(exc);
}
