/* args.h — argument parsing for built-in functions with the vectorcall
 * convention, producing CPython's error messages. */
#ifndef KR_ARGS_H
#define KR_ARGS_H
#include "object.h"

/* Describes a built-in's parameters. names[] lists every parameter in order
 * (NULL-terminated); the first npos_only are positional-only, those from
 * kw_only_start on are keyword-only (kw_only_start == count if none), and the
 * first `required` must be supplied. */
typedef struct {
    const char *fname;           /* as shown in messages: "sorted", "str.split" ... */
    const char *const *names;
    int npos_only;
    int kw_only_start;
    int required;
} KrArgSpec;

/* Matches args/kwnames to spec; out[i] receives a BORROWED reference or NULL
 * for an omitted optional parameter. 0, or -1 with TypeError. */
int kr_args_parse(const KrArgSpec *spec, KrObject *const *args, ssize_t nargs,
                  KrObject *kwnames, KrObject **out);
/* Checks min <= nargs <= max with CPython's message for fname
 * ("f expected at most 2 arguments, got 3" / "f() takes exactly one argument (0 given)"
 * differ by function: see args.c). 0 or -1. */
int kr_args_check_count(const char *fname, ssize_t nargs, ssize_t min, ssize_t max);
/* TypeError "f() takes no keyword arguments" if kwnames is non-empty. */
int kr_args_no_keywords(const char *fname, KrObject *kwnames);
/* Same for the tuple/dict convention. */
int kr_args_no_kwargs(const char *fname, KrObject *kwargs);
/* A C int as CPython's "i" argument format: __index__ (TypeError "'float'
 * object cannot be interpreted as an integer"), then OverflowError "Python
 * int too large to convert to C long" beyond 64 bits and "signed integer is
 * greater than maximum" / "... less than minimum" beyond an int. 0 or -1. */
int kr_args_as_c_int(KrObject *o, int *out);
#endif
