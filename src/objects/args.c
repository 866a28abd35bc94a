/* args.c — argument parsing for built-in functions (vectorcall convention)
 * with the error messages of CPython 3.11's argument clinic. */
#include "args.h"
#include "str.h"
#include "dict.h"
#include "tuple.h"
#include "int.h"
#include "abstract.h"
#include "../vm/err.h"
#include <limits.h>

#include <string.h>

/* Messages name the function without its type prefix: "split()", not
 * "str.split()", as CPython does. */
static const char *short_name(const char *fname)
{
    const char *dot = strrchr(fname, '.');
    return dot ? dot + 1 : fname;
}

int kr_args_check_count(const char *fname, ssize_t nargs, ssize_t min, ssize_t max)
{
    if (nargs >= min && nargs <= max) return 0;
    const char *name = short_name(fname);
    if (min == max)
        kr_err_format(kr_exc_TypeError, "%s expected %zd argument%s, got %zd", name, min,
                      min == 1 ? "" : "s", nargs);
    else if (nargs < min)
        kr_err_format(kr_exc_TypeError, "%s expected at least %zd argument%s, got %zd", name, min,
                      min == 1 ? "" : "s", nargs);
    else
        kr_err_format(kr_exc_TypeError, "%s expected at most %zd argument%s, got %zd", name, max,
                      max == 1 ? "" : "s", nargs);
    return -1;
}

int kr_args_no_keywords(const char *fname, KrObject *kwnames)
{
    if (!kwnames || KR_SIZE(kwnames) == 0) return 0;
    kr_err_format(kr_exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

int kr_args_no_kwargs(const char *fname, KrObject *kwargs)
{
    if (!kwargs || !KR_DICT_CHECK(kwargs) || kr_dict_size(kwargs) == 0) return 0;
    kr_err_format(kr_exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

int kr_args_parse(const KrArgSpec *spec, KrObject *const *args, ssize_t nargs,
                  KrObject *kwnames, KrObject **out)
{
    int count = 0;
    while (spec->names[count]) count++;
    int posonly = spec->npos_only, maxpos = spec->kw_only_start, minpos = spec->required;
    if (minpos > maxpos) minpos = maxpos;
    const char *fname = short_name(spec->fname);
    ssize_t nkw = kwnames ? KR_SIZE(kwnames) : 0;
    for (int i = 0; i < count; i++) out[i] = NULL;

    /* Functions whose parameters are all positional-only use the short
     * "f expected N arguments, got M" form, as _PyArg_CheckPositional. */
    if (posonly >= count) {
        if (nkw) {
            kr_err_format(kr_exc_TypeError, "%s() takes no keyword arguments", fname);
            return -1;
        }
        if (kr_args_check_count(fname, nargs, spec->required, count) < 0) return -1;
        for (ssize_t i = 0; i < nargs; i++) out[i] = args[i];
        return 0;
    }
    if (nargs + nkw > count) {
        kr_err_format(kr_exc_TypeError, "%s() takes at most %d %sargument%s (%zd given)", fname, count,
                      nargs == 0 ? "keyword " : "", count == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0)
            kr_err_format(kr_exc_TypeError, "%s() takes no positional arguments", fname);
        else
            kr_err_format(kr_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", fname,
                          minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
        return -1;
    }
    for (ssize_t i = 0; i < nargs; i++) out[i] = args[i];
    /* keywords: find each name; remember the first problem */
    ssize_t conflict = -1, unknown = -1;
    for (ssize_t k = 0; k < nkw; k++) {
        KrObject *key = KR_TUPLE_GET(kwnames, k);
        int found = -1;
        for (int i = posonly; i < count; i++) {
            if (kr_str_equal_cstr(key, spec->names[i])) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            if (unknown < 0) unknown = k;
            continue;
        }
        if (found < nargs) {
            if (conflict < 0) conflict = found;
            continue;
        }
        out[found] = args[nargs + k];
    }
    for (int i = 0; i < spec->required && i < count; i++) {
        if (out[i]) continue;
        if (i < posonly)
            kr_err_format(kr_exc_TypeError, "%s() takes %s %d positional argument%s (%zd given)", fname,
                          minpos < maxpos ? "at least" : "exactly", minpos, minpos == 1 ? "" : "s", nargs);
        else
            kr_err_format(kr_exc_TypeError, "%s() missing required argument '%s' (pos %d)", fname,
                          spec->names[i], i + 1);
        return -1;
    }
    if (conflict >= 0) {
        kr_err_format(kr_exc_TypeError, "argument for %s() given by name ('%s') and position (%zd)", fname,
                      spec->names[conflict], conflict + 1);
        return -1;
    }
    if (unknown >= 0) {
        kr_err_format(kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()",
                      KR_TUPLE_GET(kwnames, unknown), fname);
        return -1;
    }
    return 0;
}

int kr_args_as_c_int(KrObject *o, int *out)
{
    KrObject *i = kr_number_index(o);
    if (!i) return -1;
    int overflow = 0;
    int64_t v = kr_int_as_i64_overflow(i, &overflow);
    KR_DECREF(i);
    if (v == -1 && kr_err_occurred()) return -1;
    if (overflow) {
        kr_err_set_string(kr_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    if (v > INT_MAX) {
        kr_err_set_string(kr_exc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    if (v < INT_MIN) {
        kr_err_set_string(kr_exc_OverflowError, "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}
