/* gcmodule.c — the gc module: collect, enable/disable, thresholds, counts,
 * stats, object queries, freeze, debug flags, garbage and callbacks. The
 * collector and its state live in memory/gc.c. */
#include "gcmodule.h"
#include "../memory/gc.h"
#include "../objects/args.h"
#include "../objects/abstract.h"
#include "../objects/bool.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/tuple.h"
#include "../vm/err.h"

#define NUM_GENERATIONS 3

/* An int argument (through __index__) that fits a C int, with the message
 * of CPython's argument clinic. 0 or -1. */
static int gc_as_int(KrObject *o, int *out)
{
    KrObject *i = kr_number_index(o);
    if (!i) return -1;
    int overflow = 0;
    int64_t v = kr_int_as_i64_overflow(i, &overflow);
    KR_DECREF(i);
    if (v == -1 && kr_err_occurred()) return -1;
    if (overflow || v > INT32_MAX || v < INT32_MIN) {
        kr_err_set_string(kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static KrObject *gc_enable(KrObject *m, KrObject *unused)
{
    kr_gc_set_enabled(1);
    KR_RETURN_NONE;
}

static KrObject *gc_disable(KrObject *m, KrObject *unused)
{
    kr_gc_set_enabled(0);
    KR_RETURN_NONE;
}

static KrObject *gc_isenabled(KrObject *m, KrObject *unused)
{
    return kr_bool_from(kr_gc_is_enabled());
}

static const char *const collect_names[] = { "generation", NULL };
static const KrArgSpec collect_spec = { "collect", collect_names, 0, 1, 0 };

static KrObject *gc_collect(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrObject *a[1];
    if (kr_args_parse(&collect_spec, args, nargs, kwnames, a) < 0) return NULL;
    int gen = NUM_GENERATIONS - 1;
    if (a[0] && gc_as_int(a[0], &gen) < 0) return NULL;
    if (gen < 0 || gen >= NUM_GENERATIONS) {
        kr_err_set_string(kr_exc_ValueError, "invalid generation");
        return NULL;
    }
    return kr_int_from_ssize(kr_gc_collect(gen));
}

static KrObject *gc_set_debug(KrObject *m, KrObject *arg)
{
    int flags;
    if (gc_as_int(arg, &flags) < 0) return NULL;
    kr_gc_set_debug(flags);
    KR_RETURN_NONE;
}

static KrObject *gc_get_debug(KrObject *m, KrObject *unused)
{
    return kr_int_from_i64(kr_gc_get_debug());
}

static KrObject *gc_set_threshold(KrObject *m, KrObject *const *args, ssize_t nargs,
                                  KrObject *kwnames)
{
    if (kr_args_no_keywords("set_threshold", kwnames) < 0) return NULL;
    if (nargs < 1) {
        kr_err_format(kr_exc_TypeError, "set_threshold() takes at least 1 argument (%zd given)", nargs);
        return NULL;
    }
    if (nargs > 3) {
        kr_err_format(kr_exc_TypeError, "set_threshold() takes at most 3 arguments (%zd given)", nargs);
        return NULL;
    }
    int v[3];
    for (ssize_t i = 0; i < nargs; i++)
        if (kr_args_as_c_int(args[i], &v[i]) < 0) return NULL;
    for (ssize_t i = 0; i < nargs; i++) kr_gc_set_threshold((int)i, v[i]);
    KR_RETURN_NONE;
}

static KrObject *int_triple(const int v[3])
{
    KrObject *t = kr_tuple_new(3);
    if (!t) return NULL;
    for (int i = 0; i < 3; i++) {
        KrObject *x = kr_int_from_i64(v[i]);
        if (!x) {
            KR_DECREF(t);
            return NULL;
        }
        KR_TUPLE_SET_STEAL(t, i, x);
    }
    return t;
}

static KrObject *gc_get_threshold(KrObject *m, KrObject *unused)
{
    int v[3];
    kr_gc_get_thresholds(v);
    return int_triple(v);
}

static KrObject *gc_get_count(KrObject *m, KrObject *unused)
{
    int v[3];
    kr_gc_get_counts(v);
    return int_triple(v);
}

static const char *const get_objects_names[] = { "generation", NULL };
static const KrArgSpec get_objects_spec = { "get_objects", get_objects_names, 0, 1, 0 };

static KrObject *gc_get_objects(KrObject *m, KrObject *const *args, ssize_t nargs,
                                KrObject *kwnames)
{
    KrObject *a[1];
    if (kr_args_parse(&get_objects_spec, args, nargs, kwnames, a) < 0) return NULL;
    int64_t gen = -1;
    if (a[0] && a[0] != KR_NONE) {
        if (!KR_INT_CHECK(a[0])) {
            kr_err_format(kr_exc_TypeError, "argument should be integer or None, not '%s'",
                          KR_TYPE(a[0])->tp_name);
            return NULL;
        }
        int overflow = 0;
        gen = kr_int_as_i64_overflow(a[0], &overflow);
        if (overflow) {
            kr_err_set_string(kr_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
            return NULL;
        }
        if (gen >= NUM_GENERATIONS) {
            kr_err_format(kr_exc_ValueError,
                          "generation parameter must be less than the number of available "
                          "generations (%d)", NUM_GENERATIONS);
            return NULL;
        }
        /* -1 means "all", as None (CPython's converter does the same) */
        if (gen < -1) {
            kr_err_set_string(kr_exc_ValueError, "generation parameter cannot be negative");
            return NULL;
        }
    }
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    if (kr_gc_append_objects(list, (int)gen) < 0) {
        KR_DECREF(list);
        return NULL;
    }
    return list;
}

static KrObject *stats_dict(int gen)
{
    ssize_t s[3];
    kr_gc_get_stats(gen, s);
    static const char *const keys[3] = { "collections", "collected", "uncollectable" };
    KrObject *d = kr_dict_new();
    if (!d) return NULL;
    for (int i = 0; i < 3; i++) {
        KrObject *v = kr_int_from_ssize(s[i]);
        if (!v || kr_dict_set_item_str(d, keys[i], v) < 0) {
            KR_XDECREF(v);
            KR_DECREF(d);
            return NULL;
        }
        KR_DECREF(v);
    }
    return d;
}

static KrObject *gc_get_stats(KrObject *m, KrObject *unused)
{
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        KrObject *d = stats_dict(i);
        if (!d || kr_list_append(list, d) < 0) {
            KR_XDECREF(d);
            KR_DECREF(list);
            return NULL;
        }
        KR_DECREF(d);
    }
    return list;
}

static KrObject *gc_is_tracked(KrObject *m, KrObject *o)
{
    return kr_bool_from(KR_OBJECT_IS_GC(o) && kr_gc_is_tracked(o));
}

static KrObject *gc_is_finalized(KrObject *m, KrObject *o)
{
    return kr_bool_from(KR_OBJECT_IS_GC(o) && kr_gc_is_finalized(o));
}

static KrObject *gc_get_referrers(KrObject *m, KrObject *const *args, ssize_t nargs,
                                  KrObject *kwnames)
{
    if (kr_args_no_keywords("get_referrers", kwnames) < 0) return NULL;
    KrObject *objs = kr_tuple_from_array(args, nargs);
    if (!objs) return NULL;
    KrObject *list = kr_list_new(0);
    if (!list || kr_gc_append_referrers(list, objs) < 0) {
        KR_XDECREF(list);
        list = NULL;
    }
    KR_DECREF(objs);
    return list;
}

static int referents_visit(KrObject *o, void *list)
{
    return kr_list_append(list, o) < 0 ? -1 : 0;
}

static KrObject *gc_get_referents(KrObject *m, KrObject *const *args, ssize_t nargs,
                                  KrObject *kwnames)
{
    if (kr_args_no_keywords("get_referents", kwnames) < 0) return NULL;
    KrObject *list = kr_list_new(0);
    if (!list) return NULL;
    for (ssize_t i = 0; i < nargs; i++) {
        KrObject *o = args[i];
        if (!KR_OBJECT_IS_GC(o)) continue;
        kr_traverseproc traverse = KR_TYPE(o)->tp_traverse;
        if (!traverse) continue;
        if (traverse(o, referents_visit, list)) {
            KR_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static KrObject *gc_freeze(KrObject *m, KrObject *unused)
{
    kr_gc_freeze();
    KR_RETURN_NONE;
}

static KrObject *gc_unfreeze(KrObject *m, KrObject *unused)
{
    kr_gc_unfreeze();
    KR_RETURN_NONE;
}

static KrObject *gc_get_freeze_count(KrObject *m, KrObject *unused)
{
    return kr_int_from_ssize(kr_gc_freeze_count());
}

static KrMethodDef gc_methods[] = {
    { "enable", (void *)gc_enable, KR_METH_NOARGS, "Enable automatic garbage collection." },
    { "disable", (void *)gc_disable, KR_METH_NOARGS, "Disable automatic garbage collection." },
    { "isenabled", (void *)gc_isenabled, KR_METH_NOARGS,
      "Returns true if automatic garbage collection is enabled." },
    { "set_debug", (void *)gc_set_debug, KR_METH_O,
      "Set the garbage collection debugging flags.\n\n  flags\n    An integer that can have the "
      "following bits turned on:\n      DEBUG_STATS - Print statistics during collection.\n"
      "      DEBUG_COLLECTABLE - Print collectable objects found.\n"
      "      DEBUG_UNCOLLECTABLE - Print unreachable but uncollectable objects\n        found.\n"
      "      DEBUG_SAVEALL - Save objects to gc.garbage rather than freeing them.\n"
      "      DEBUG_LEAK - Debug leaking programs (everything but STATS).\n\n"
      "Debugging information is written to sys.stderr." },
    { "get_debug", (void *)gc_get_debug, KR_METH_NOARGS, "Get the garbage collection debugging flags." },
    { "get_count", (void *)gc_get_count, KR_METH_NOARGS,
      "Return a three-tuple of the current collection counts." },
    { "set_threshold", (void *)gc_set_threshold, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\n"
      "Sets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n" },
    { "get_threshold", (void *)gc_get_threshold, KR_METH_NOARGS,
      "Return the current collection thresholds." },
    { "collect", (void *)gc_collect, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\n"
      "may be an integer specifying which generation to collect.  A ValueError\n"
      "is raised if the generation number is invalid.\n\n"
      "The number of unreachable objects is returned." },
    { "get_objects", (void *)gc_get_objects, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return a list of objects tracked by the collector (excluding the list returned).\n\n"
      "  generation\n    Generation to extract the objects from.\n\n"
      "If generation is not None, return only the objects tracked by the collector\n"
      "that are in that generation." },
    { "get_stats", (void *)gc_get_stats, KR_METH_NOARGS,
      "Return a list of dictionaries containing per-generation statistics." },
    { "is_tracked", (void *)gc_is_tracked, KR_METH_O,
      "Returns true if the object is tracked by the garbage collector.\n\n"
      "Simple atomic objects will return false." },
    { "is_finalized", (void *)gc_is_finalized, KR_METH_O,
      "Returns true if the object has been already finalized by the GC." },
    { "get_referrers", (void *)gc_get_referrers, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "get_referrers(*objs) -> list\n"
      "Return the list of objects that directly refer to any of objs." },
    { "get_referents", (void *)gc_get_referents, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "get_referents(*objs) -> list\n"
      "Return the list of objects that are directly referred to by objs." },
    { "freeze", (void *)gc_freeze, KR_METH_NOARGS,
      "Freeze all current tracked objects and ignore them for future collections.\n\n"
      "This can be used before a POSIX fork() call to make the gc copy-on-write friendly.\n"
      "Note: collection before a POSIX fork() call may free pages for future allocation\n"
      "which can cause copy-on-write." },
    { "unfreeze", (void *)gc_unfreeze, KR_METH_NOARGS,
      "Unfreeze all objects in the permanent generation.\n\n"
      "Put all objects in the permanent generation back into oldest generation." },
    { "get_freeze_count", (void *)gc_get_freeze_count, KR_METH_NOARGS,
      "Return the number of objects in the permanent generation." },
    { NULL, NULL, 0, NULL },
};

static int gc_exec(KrObject *m)
{
    KrObject *garbage = kr_gc_garbage_borrow(), *callbacks = kr_gc_callbacks_borrow();
    if (!garbage || !callbacks) {
        kr_err_set_string(kr_exc_RuntimeError, "gc: the collector is not initialized");
        return -1;
    }
    if (kr_module_add_steal(m, "garbage", kr_newref(garbage)) < 0) return -1;
    if (kr_module_add_steal(m, "callbacks", kr_newref(callbacks)) < 0) return -1;
    if (kr_module_add_int(m, "DEBUG_STATS", KR_GC_DEBUG_STATS) < 0) return -1;
    if (kr_module_add_int(m, "DEBUG_COLLECTABLE", KR_GC_DEBUG_COLLECTABLE) < 0) return -1;
    if (kr_module_add_int(m, "DEBUG_UNCOLLECTABLE", KR_GC_DEBUG_UNCOLLECTABLE) < 0) return -1;
    if (kr_module_add_int(m, "DEBUG_SAVEALL", KR_GC_DEBUG_SAVEALL) < 0) return -1;
    if (kr_module_add_int(m, "DEBUG_LEAK", KR_GC_DEBUG_LEAK) < 0) return -1;
    return 0;
}

KrModuleDef kr_gcmodule_def = {
    .name = "gc",
    .doc = "This module provides access to the garbage collector for reference cycles.\n\n"
           "enable() -- Enable automatic garbage collection.\n"
           "disable() -- Disable automatic garbage collection.\n"
           "isenabled() -- Returns true if automatic collection is enabled.\n"
           "collect() -- Do a full collection right now.\n"
           "get_count() -- Return the current collection counts.\n"
           "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
           "set_debug() -- Set debugging flags.\n"
           "get_debug() -- Get debugging flags.\n"
           "set_threshold() -- Set the collection thresholds.\n"
           "get_threshold() -- Return the current the collection thresholds.\n"
           "get_objects() -- Return a list of all objects tracked by the collector.\n"
           "is_tracked() -- Returns true if a given object is tracked.\n"
           "is_finalized() -- Returns true if a given object has been already finalized.\n"
           "get_referrers() -- Return the list of objects that refer to an object.\n"
           "get_referents() -- Return the list of objects that an object refers to.\n"
           "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
           "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
           "get_freeze_count() -- Return the number of objects in the permanent generation.\n",
    .methods = gc_methods,
    .exec = gc_exec,
};
