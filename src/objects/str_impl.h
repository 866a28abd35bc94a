/* str_impl.h — helpers shared by the str_*.c files (not part of the public
 * str API). Implemented in str.c unless noted. */
#ifndef KR_STR_IMPL_H
#define KR_STR_IMPL_H
#include "str.h"

/* A new exact str of `length` code units of `kind` (canonical only if the
 * caller writes a character needing that kind); NUL written. */
KrObject *kr_str_new_kind(ssize_t length, int kind, int ascii);
/* The largest code point in data[0:n]. */
uint32_t kr_str_max_char(int kind, const void *data, ssize_t n);
/* Copies n code units from src (kind sk) to dst (kind dk >= the needed kind). */
void kr_str_copy_chars(void *dst, int dk, ssize_t dpos, const void *src, int sk, ssize_t spos,
                       ssize_t n);
/* Turns a str that may not be canonical (kind larger than needed) into a
 * canonical one; steals s. */
KrObject *kr_str_canonicalize_steal(KrObject *s);
/* Searches needle (kind nk) in hay (kind hk) [0:n]; first (direction 1) or
 * last (-1) index, or -1. */
ssize_t kr_str_search(int hk, const void *hay, ssize_t n, int nk, const void *needle, ssize_t m,
                      int direction);
/* Counts non-overlapping occurrences, at most maxcount. */
ssize_t kr_str_count_in(int hk, const void *hay, ssize_t n, int nk, const void *needle, ssize_t m,
                        ssize_t maxcount);
/* Returns the argument if it is an exact str (new ref), else an exact copy. */
KrObject *kr_str_exact_copy(KrObject *s);
/* "must be str, not int" helper: 0 if o is a str, else TypeError and -1. */
int kr_str_check_arg(KrObject *o, const char *fmt_prefix);
/* Adjusts start/end as slice indices for length len (CPython's ADJUST_INDICES). */
void kr_str_adjust_indices(ssize_t *start, ssize_t *end, ssize_t len);
/* Parses the optional start/end arguments of find/count/startswith...
 * (None or an index-like). 0 or -1. */
int kr_str_parse_start_end(KrObject *const *args, ssize_t nargs, ssize_t *start, ssize_t *end);

/* Parses the (args tuple, kwargs dict) of a constructor whose parameters
 * are names[0..n-1] (positional-or-keyword, all optional) with CPython's
 * messages for fname ("str", "bytes" ...). out[i] borrowed or NULL. 0/-1. */
int kr_str_parse_new_args(const char *fname, KrObject *args, KrObject *kwargs,
                          const char *const *names, int n, KrObject **out);

/* A dict of the keyword arguments of a vectorcall (values follow the
 * positionals). New ref or NULL. */
KrObject *kr_str_kwnames_to_dict(KrObject *const *values, KrObject *kwnames);

/* The type name Argument Clinic prints for a bad argument: "None" for
 * None, else tp_name. */
static inline const char *kr_str_argtype_name(KrObject *o) {
    return o == KR_NONE ? "None" : KR_TYPE(o)->tp_name;
}

/* str_methods.c */
extern KrMethodDef kr_str_methods_table[];
/* str_format.c: format spec helpers used by str.__format__ */
KrObject *kr_str_format_method(KrObject *self, KrObject *const *args, ssize_t nargs,
                               KrObject *kwnames);
KrObject *kr_str_format_map_method(KrObject *self, KrObject *mapping);
#endif
