/* timemodule.c — the time module as CPython 3.11 on Linux: clocks, sleep,
 * struct_time conversions (gmtime/localtime/mktime/asctime/ctime/strftime),
 * strptime through _strptime.py, time zone attributes, clock_* functions. */
#include "timemodule.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/namespace.h"
#include "../objects/str.h"
#include "../objects/structseq.h"
#include "../objects/tuple.h"
#include "../vm/err.h"
#include "../vm/eval.h"
#include "../vm/import.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NS_PER_SEC 1000000000LL

/* ---- conversions ---- */

static int time_overflow(void)
{
    kr_err_set_string(kr_exc_OverflowError, "timestamp too large to convert to C _PyTime_t");
    return -1;
}

static int time_check_nan(double d)
{
    if (isnan(d)) {
        kr_err_set_string(kr_exc_ValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    return 0;
}

/* An integer from o through __index__, as PyLong_AsLongLong: sets
 * *overflow instead of raising when it does not fit. */
static int time_index_i64(KrObject *o, int64_t *out, int *overflow)
{
    KrObject *i = kr_number_index(o);
    if (!i) return -1;
    *overflow = 0;
    *out = kr_int_as_i64_overflow(i, overflow);
    KR_DECREF(i);
    if (*out == -1 && kr_err_occurred()) return -1;
    return 0;
}

int kr_time_seconds_to_ns(KrObject *o, int64_t *ns_out)
{
    if (KR_FLOAT_CHECK(o)) {
        double d = kr_float_as_double(o);
        if (time_check_nan(d) < 0) return -1;
        d *= 1e9;
        d = d >= 0 ? ceil(d) : floor(d);    /* round away from zero */
        if (!(d >= (double)INT64_MIN && d < -(double)INT64_MIN)) return time_overflow();
        *ns_out = (int64_t)d;
        return 0;
    }
    int64_t secs;
    int overflow;
    if (time_index_i64(o, &secs, &overflow) < 0) return -1;
    if (overflow || secs > INT64_MAX / NS_PER_SEC || secs < INT64_MIN / NS_PER_SEC)
        return time_overflow();
    *ns_out = secs * NS_PER_SEC;
    return 0;
}

/* A timestamp for gmtime/localtime/ctime: None is now, floats are floored.
 * 0, or -1 with an exception. */
static int time_object_to_time_t(KrObject *o, time_t *out)
{
    if (!o || o == KR_NONE) {
        *out = time(NULL);
        return 0;
    }
    if (KR_FLOAT_CHECK(o)) {
        double d = kr_float_as_double(o);
        if (time_check_nan(d) < 0) return -1;
        d = floor(d);
        if (!(d >= (double)INT64_MIN && d < -(double)INT64_MIN)) goto range;
        *out = (time_t)d;
        return 0;
    }
    int64_t v;
    int overflow;
    if (time_index_i64(o, &v, &overflow) < 0) return -1;
    if (overflow) goto range;
    *out = (time_t)v;
    return 0;
range:
    kr_err_set_string(kr_exc_OverflowError, "timestamp out of range for platform time_t");
    return -1;
}

static KrObject *time_ns_to_float(int64_t ns)
{
    if (ns % NS_PER_SEC == 0) return kr_float_from_double((double)(ns / NS_PER_SEC));
    return kr_float_from_double((double)ns / 1e9);
}

static int64_t time_clock_ns(clockid_t clk)
{
    struct timespec ts;
    clock_gettime(clk, &ts);
    return (int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec;
}

int64_t kr_time_monotonic_ns(void) { return time_clock_ns(CLOCK_MONOTONIC); }

int kr_time_sleep_ns(int64_t ns)
{
    int64_t deadline = kr_time_monotonic_ns() + ns;
    struct timespec ts = { (time_t)(deadline / NS_PER_SEC), (long)(deadline % NS_PER_SEC) };
    for (;;) {
        int rc = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
        if (rc == 0) return 0;
        if (rc != EINTR) {
            errno = rc;
            kr_err_from_errno(kr_exc_OSError);
            return -1;
        }
        /* interrupted by a signal: run its handler (KeyboardInterrupt) */
        if (kr_eval_handle_pending() < 0) return -1;
    }
}

/* Checks the argument count with the messages of CPython's PyArg_ParseTuple:
 * "f() takes exactly 1 argument (0 given)". 0 or -1. */
static int time_check_nargs(const char *fname, ssize_t nargs, ssize_t min, ssize_t max)
{
    if (nargs >= min && nargs <= max) return 0;
    const char *how = min == max ? "exactly" : nargs < min ? "at least" : "at most";
    ssize_t n = nargs < min ? min : max;
    kr_err_format(kr_exc_TypeError, "%s() takes %s %zd argument%s (%zd given)", fname, how, n,
                  n == 1 ? "" : "s", nargs);
    return -1;
}

/* ---- clocks ---- */

static KrObject *time_time(KrObject *m, KrObject *unused) { return time_ns_to_float(time_clock_ns(CLOCK_REALTIME)); }
static KrObject *time_time_ns(KrObject *m, KrObject *unused) { return kr_int_from_i64(time_clock_ns(CLOCK_REALTIME)); }
static KrObject *time_monotonic(KrObject *m, KrObject *unused) { return time_ns_to_float(time_clock_ns(CLOCK_MONOTONIC)); }
static KrObject *time_monotonic_ns(KrObject *m, KrObject *unused) { return kr_int_from_i64(time_clock_ns(CLOCK_MONOTONIC)); }
static KrObject *time_process_time(KrObject *m, KrObject *unused) { return time_ns_to_float(time_clock_ns(CLOCK_PROCESS_CPUTIME_ID)); }
static KrObject *time_process_time_ns(KrObject *m, KrObject *unused) { return kr_int_from_i64(time_clock_ns(CLOCK_PROCESS_CPUTIME_ID)); }
static KrObject *time_thread_time(KrObject *m, KrObject *unused) { return time_ns_to_float(time_clock_ns(CLOCK_THREAD_CPUTIME_ID)); }
static KrObject *time_thread_time_ns(KrObject *m, KrObject *unused) { return kr_int_from_i64(time_clock_ns(CLOCK_THREAD_CPUTIME_ID)); }

static KrObject *time_sleep(KrObject *m, KrObject *arg)
{
    int64_t ns;
    if (kr_time_seconds_to_ns(arg, &ns) < 0) return NULL;
    if (ns < 0) {
        kr_err_set_string(kr_exc_ValueError, "sleep length must be non-negative");
        return NULL;
    }
    if (kr_time_sleep_ns(ns) < 0) return NULL;
    KR_RETURN_NONE;
}

/* The clock id argument of clock_*: a C int from __index__. */
static int time_clock_id(KrObject *o, clockid_t *out)
{
    int v;
    if (kr_args_as_c_int(o, &v) < 0) return -1;
    *out = (clockid_t)v;
    return 0;
}

static KrObject *time_clock_gettime_impl(KrObject *arg, int want_ns)
{
    clockid_t clk;
    if (time_clock_id(arg, &clk) < 0) return NULL;
    struct timespec ts;
    if (clock_gettime(clk, &ts) != 0) return kr_err_from_errno(kr_exc_OSError);
    if (want_ns) return kr_int_from_i64((int64_t)ts.tv_sec * NS_PER_SEC + ts.tv_nsec);
    return kr_float_from_double((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

static KrObject *time_clock_gettime(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (time_check_nargs("clock_gettime", nargs, 1, 1) < 0) return NULL;
    return time_clock_gettime_impl(args[0], 0);
}
static KrObject *time_clock_gettime_ns(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (time_check_nargs("clock_gettime", nargs, 1, 1) < 0) return NULL;
    return time_clock_gettime_impl(args[0], 1);
}

static KrObject *time_clock_getres(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (time_check_nargs("clock_getres", nargs, 1, 1) < 0) return NULL;
    KrObject *arg = args[0];
    clockid_t clk;
    if (time_clock_id(arg, &clk) < 0) return NULL;
    struct timespec ts;
    if (clock_getres(clk, &ts) != 0) return kr_err_from_errno(kr_exc_OSError);
    return kr_float_from_double((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

static KrObject *time_clock_settime_impl(const char *fname, KrObject *const *args, ssize_t nargs, int is_ns)
{
    if (time_check_nargs("clock_settime", nargs, 2, 2) < 0) return NULL;
    clockid_t clk;
    if (time_clock_id(args[0], &clk) < 0) return NULL;
    int64_t ns;
    if (is_ns) {
        int overflow;
        if (time_index_i64(args[1], &ns, &overflow) < 0) return NULL;
        if (overflow) { time_overflow(); return NULL; }
    } else {
        if (KR_FLOAT_CHECK(args[1])) {   /* settime rounds floor */
            double d = kr_float_as_double(args[1]);
            if (time_check_nan(d) < 0) return NULL;
            d = floor(d * 1e9);
            if (!(d >= (double)INT64_MIN && d < -(double)INT64_MIN)) { time_overflow(); return NULL; }
            ns = (int64_t)d;
        } else if (kr_time_seconds_to_ns(args[1], &ns) < 0) {
            return NULL;
        }
    }
    int64_t sec = ns / NS_PER_SEC, rem = ns % NS_PER_SEC;
    if (rem < 0) { rem += NS_PER_SEC; sec--; }
    struct timespec ts = { (time_t)sec, (long)rem };
    if (clock_settime(clk, &ts) != 0) return kr_err_from_errno(kr_exc_OSError);
    KR_RETURN_NONE;
}

static KrObject *time_clock_settime(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    return time_clock_settime_impl("clock_settime", args, nargs, 0);
}

static KrObject *time_clock_settime_ns(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    return time_clock_settime_impl("clock_settime_ns", args, nargs, 1);
}

static KrObject *time_pthread_getcpuclockid(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (time_check_nargs("pthread_getcpuclockid", nargs, 1, 1) < 0) return NULL;
    KrObject *arg = args[0];
    KrObject *i = kr_number_index(arg);
    if (!i) return NULL;
    uint64_t tid = kr_int_as_u64(i);
    KR_DECREF(i);
    if (tid == (uint64_t)-1 && kr_err_occurred()) return NULL;
    clockid_t clk;
    int err = pthread_getcpuclockid((pthread_t)tid, &clk);
    if (err) {
        errno = err;
        return kr_err_from_errno(kr_exc_OSError);
    }
    return kr_int_from_i64(clk);
}

static KrObject *time_get_clock_info(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (time_check_nargs("get_clock_info", nargs, 1, 1) < 0) return NULL;
    KrObject *arg = args[0];
    if (!KR_STR_CHECK(arg)) {
        kr_err_format(kr_exc_TypeError, "get_clock_info() argument 1 must be str, not %s",
                      KR_TYPE(arg)->tp_name);
        return NULL;
    }
    const char *impl;
    clockid_t clk;
    int monotonic = 1, adjustable = 0;
    if (kr_str_equal_cstr(arg, "time")) {
        impl = "clock_gettime(CLOCK_REALTIME)"; clk = CLOCK_REALTIME; monotonic = 0; adjustable = 1;
    } else if (kr_str_equal_cstr(arg, "monotonic") || kr_str_equal_cstr(arg, "perf_counter")) {
        impl = "clock_gettime(CLOCK_MONOTONIC)"; clk = CLOCK_MONOTONIC;
    } else if (kr_str_equal_cstr(arg, "process_time")) {
        impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"; clk = CLOCK_PROCESS_CPUTIME_ID;
    } else if (kr_str_equal_cstr(arg, "thread_time")) {
        impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"; clk = CLOCK_THREAD_CPUTIME_ID;
    } else {
        kr_err_set_string(kr_exc_ValueError, "unknown clock");
        return NULL;
    }
    struct timespec res;
    if (clock_getres(clk, &res) != 0) return kr_err_from_errno(kr_exc_OSError);
    KrObject *d = kr_dict_new();
    if (!d) return NULL;
    KrObject *vals[4] = {
        kr_str_from_cstr(impl), kr_bool_from(monotonic), kr_bool_from(adjustable),
        kr_float_from_double((double)res.tv_sec + res.tv_nsec * 1e-9),
    };
    static const char *const keys[4] = { "implementation", "monotonic", "adjustable", "resolution" };
    int ok = 1;
    for (int i = 0; i < 4; i++) {
        if (!vals[i] || kr_dict_set_item_str(d, keys[i], vals[i]) < 0) ok = 0;
        KR_XDECREF(vals[i]);
    }
    KrObject *ns = ok ? kr_namespace_new(d) : NULL;
    KR_DECREF(d);
    return ns;
}

/* ---- struct_time ---- */

static KrTypeObject *struct_time_type;

static const KrStructSeqField struct_time_fields[] = {
    { "tm_year", "year, for example, 1993" },
    { "tm_mon", "month of year, range [1, 12]" },
    { "tm_mday", "day of month, range [1, 31]" },
    { "tm_hour", "hours, range [0, 23]" },
    { "tm_min", "minutes, range [0, 59]" },
    { "tm_sec", "seconds, range [0, 61])" },
    { "tm_wday", "day of week, range [0, 6], Monday is 0" },
    { "tm_yday", "day of year, range [1, 366]" },
    { "tm_isdst", "1 if summer time is in effect, 0 if not, and -1 if unknown" },
    { "tm_zone", "abbreviation of timezone name" },
    { "tm_gmtoff", "offset from UTC in seconds" },
    { NULL, NULL },
};

static const KrStructSeqDesc struct_time_desc = {
    .name = "time.struct_time",
    .doc = "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
           " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
           " sequence of 9 integers.\n\n"
           " Note that several fields' values are not the same as those defined by\n"
           " the C language standard for struct tm.  For example, the value of the\n"
           " field tm_year is the actual year, not year - 1900.  See individual\n"
           " fields' descriptions for details.",
    .fields = struct_time_fields,
    .n_in_sequence = 9,
};

static KrObject *time_tm_to_struct(const struct tm *p)
{
    KrObject *st = kr_structseq_new(struct_time_type);
    if (!st) return NULL;
    long vals[9] = { (long)p->tm_year + 1900, p->tm_mon + 1, p->tm_mday, p->tm_hour, p->tm_min,
                     p->tm_sec, (p->tm_wday + 6) % 7, p->tm_yday + 1, p->tm_isdst };
    int ok = 1;
    for (int i = 0; i < 9; i++) {
        KrObject *v = kr_int_from_i64(vals[i]);
        if (!v) ok = 0;
        KR_STRUCTSEQ_SET_STEAL(st, i, v ? v : kr_newref(KR_NONE));
    }
    KrObject *zone = p->tm_zone ? kr_str_from_cstr(p->tm_zone) : kr_newref(KR_NONE);
    if (!zone) ok = 0;
    KR_STRUCTSEQ_SET_STEAL(st, 9, zone ? zone : kr_newref(KR_NONE));
    KrObject *off = kr_int_from_i64(p->tm_gmtoff);
    if (!off) ok = 0;
    KR_STRUCTSEQ_SET_STEAL(st, 10, off ? off : kr_newref(KR_NONE));
    if (!ok) { KR_DECREF(st); return NULL; }
    return st;
}

/* gmtime/localtime of a time_t; errors from the C library become OSError. */
static KrObject *time_convert(KrObject *arg, int local)
{
    time_t t;
    if (time_object_to_time_t(arg, &t) < 0) return NULL;
    struct tm buf;
    errno = 0;
    if (!(local ? localtime_r(&t, &buf) : gmtime_r(&t, &buf))) {
        if (errno == 0) errno = EINVAL;
        return kr_err_from_errno(kr_exc_OSError);
    }
    return time_tm_to_struct(&buf);
}

static int time_one_optional(const char *fname, ssize_t nargs)
{
    return time_check_nargs(fname, nargs, 0, 1);
}

static KrObject *time_gmtime(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (time_one_optional("gmtime", nargs) < 0) return NULL;
    return time_convert(nargs ? args[0] : NULL, 0);
}

static KrObject *time_localtime(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (time_one_optional("localtime", nargs) < 0) return NULL;
    return time_convert(nargs ? args[0] : NULL, 1);
}

/* Fills *p from a 9-tuple or struct_time (CPython's gettmarg); `errmsg`
 * is the TypeError for a tuple of the wrong size. 0 or -1. */
static int time_gettmarg(KrObject *args, struct tm *p, const char *errmsg)
{
    memset(p, 0, sizeof(*p));
    if (!KR_TUPLE_CHECK(args)) {
        kr_err_set_string(kr_exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (KR_SIZE(args) != 9 && !(KR_TYPE(args) == struct_time_type)) {
        kr_err_set_string(kr_exc_TypeError, errmsg);
        return -1;
    }
    int v[9];
    for (int i = 0; i < 9; i++) {
        if (kr_args_as_c_int(KR_TUPLE_ITEMS(args)[i], &v[i]) < 0) return -1;
    }
    p->tm_year = (int)((long)v[0] - 1900);
    p->tm_mon = v[1] - 1;
    p->tm_mday = v[2];
    p->tm_hour = v[3];
    p->tm_min = v[4];
    p->tm_sec = v[5];
    p->tm_wday = (v[6] + 1) % 7;
    p->tm_yday = v[7] - 1;
    p->tm_isdst = v[8];
    if (KR_TYPE(args) == struct_time_type) {
        KrObject *zone = KR_STRUCTSEQ_GET(args, 9), *off = KR_STRUCTSEQ_GET(args, 10);
        if (zone && zone != KR_NONE) {
            p->tm_zone = kr_str_as_utf8(zone, NULL);
            if (!p->tm_zone) return -1;
        }
        if (off && off != KR_NONE) {
            ssize_t g = kr_number_as_ssize(off, kr_exc_OverflowError);
            if (g == -1 && kr_err_occurred()) return -1;
            p->tm_gmtoff = g;
        }
    }
    return 0;
}

/* Range checks before strftime/asctime index tables (CPython's checktm). */
static int time_checktm(struct tm *b)
{
    const char *msg = NULL;
    if (b->tm_mon == -1) b->tm_mon = 0;
    else if (b->tm_mon < 0 || b->tm_mon > 11) msg = "month out of range";
    if (!msg) {
        if (b->tm_mday == 0) b->tm_mday = 1;
        else if (b->tm_mday < 0 || b->tm_mday > 31) msg = "day of month out of range";
    }
    if (!msg && (b->tm_hour < 0 || b->tm_hour > 23)) msg = "hour out of range";
    if (!msg && (b->tm_min < 0 || b->tm_min > 59)) msg = "minute out of range";
    if (!msg && (b->tm_sec < 0 || b->tm_sec > 61)) msg = "seconds out of range";
    if (!msg && b->tm_wday < 0) msg = "day of week out of range";
    if (!msg) {
        if (b->tm_yday == -1) b->tm_yday = 0;
        else if (b->tm_yday < 0 || b->tm_yday > 365) msg = "day of year out of range";
    }
    if (msg) {
        kr_err_set_string(kr_exc_ValueError, msg);
        return -1;
    }
    return 0;
}

static int time_now_local(struct tm *b)
{
    time_t t = time(NULL);
    errno = 0;
    if (!localtime_r(&t, b)) {
        if (errno == 0) errno = EINVAL;
        kr_err_from_errno(kr_exc_OSError);
        return -1;
    }
    return 0;
}

static KrObject *time_format_asctime(const struct tm *t)
{
    static const char wday_name[7][4] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char mon_name[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    return kr_str_from_format("%s %s%3d %.2d:%.2d:%.2d %d", wday_name[t->tm_wday],
                              mon_name[t->tm_mon], t->tm_mday, t->tm_hour, t->tm_min,
                              t->tm_sec, 1900 + t->tm_year);
}

static KrObject *time_asctime(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("asctime", nargs, 0, 1) < 0) return NULL;
    struct tm buf;
    if (nargs == 0) {
        if (time_now_local(&buf) < 0) return NULL;
    } else if (time_gettmarg(args[0], &buf, "asctime(): illegal time tuple argument") < 0 ||
               time_checktm(&buf) < 0) {
        return NULL;
    }
    return time_format_asctime(&buf);
}

static KrObject *time_ctime(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (time_one_optional("ctime", nargs) < 0) return NULL;
    time_t t;
    if (time_object_to_time_t(nargs ? args[0] : NULL, &t) < 0) return NULL;
    struct tm buf;
    errno = 0;
    if (!localtime_r(&t, &buf)) {
        if (errno == 0) errno = EINVAL;
        return kr_err_from_errno(kr_exc_OSError);
    }
    return time_format_asctime(&buf);
}

static KrObject *time_mktime(KrObject *m, KrObject *arg)
{
    struct tm buf;
    if (time_gettmarg(arg, &buf, "mktime(): illegal time tuple argument") < 0) return NULL;
    buf.tm_wday = -1;   /* sentinel: mktime sets it on success */
    time_t tt = mktime(&buf);
    if (tt == (time_t)-1 && buf.tm_wday == -1) {
        kr_err_set_string(kr_exc_OverflowError, "mktime argument out of range");
        return NULL;
    }
    return kr_float_from_double((double)tt);
}

static KrObject *time_strftime(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (time_check_nargs("strftime", nargs, 1, 2) < 0) return NULL;
    if (!KR_STR_CHECK(args[0])) {
        kr_err_format(kr_exc_TypeError, "strftime() argument 1 must be str, not %s",
                      KR_TYPE(args[0])->tp_name);
        return NULL;
    }
    struct tm buf;
    if (nargs == 1) {
        if (time_now_local(&buf) < 0) return NULL;
    } else if (time_gettmarg(args[1], &buf, "strftime(): illegal time tuple argument") < 0 ||
               time_checktm(&buf) < 0) {
        return NULL;
    }
    if (buf.tm_isdst < -1) buf.tm_isdst = -1;
    else if (buf.tm_isdst > 1) buf.tm_isdst = 1;
    ssize_t fmtlen;
    const char *fmt = kr_str_as_utf8(args[0], &fmtlen);
    if (!fmt) return NULL;
    if ((ssize_t)strlen(fmt) != fmtlen) {
        kr_err_set_string(kr_exc_ValueError, "embedded null character");
        return NULL;
    }
    /* grow the buffer until the result fits; an empty result may be real */
    for (size_t size = 1024;; size += size) {
        char *out = malloc(size);
        if (!out) return kr_err_no_memory();
        size_t n = strftime(out, size, fmt, &buf);
        if (n > 0 || size >= 256 * (size_t)(fmtlen + 1)) {
            KrObject *r = kr_str_from_utf8(out, (ssize_t)n);
            free(out);
            return r;
        }
        free(out);
    }
}

static KrObject *time_strptime(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    if (kr_args_no_keywords("strptime", kwnames) < 0) return NULL;
    KrObject *mod = kr_import_module_cstr("_strptime");
    if (!mod) return NULL;
    KrObject *r = kr_object_call_method_str(mod, "_strptime_time", args, (size_t)nargs);
    KR_DECREF(mod);
    return r;
}

/* ---- time zone ---- */

/* Sets timezone, altzone, daylight and tzname from the local time of
 * January and July of this year, as CPython does with glibc. */
static int time_init_timezone(KrObject *m)
{
    static const time_t YEAR = (365 * 24 + 6) * 3600;
    time_t t = (time(NULL) / YEAR) * YEAR;
    struct tm p;
    char jan[10] = "", jul[10] = "";
    long janoff, juloff;
    if (!localtime_r(&t, &p)) return 0;
    janoff = -p.tm_gmtoff;
    if (p.tm_zone) snprintf(jan, sizeof(jan), "%s", p.tm_zone);
    t += YEAR / 2;
    if (!localtime_r(&t, &p)) return 0;
    juloff = -p.tm_gmtoff;
    if (p.tm_zone) snprintf(jul, sizeof(jul), "%s", p.tm_zone);
    long tz, alt;
    int daylight;
    const char *n0, *n1;
    if (janoff < juloff) {   /* southern hemisphere: DST in January */
        tz = juloff; alt = janoff; daylight = 1; n0 = jul; n1 = jan;
    } else {
        tz = janoff; alt = juloff; daylight = janoff != juloff; n0 = jan; n1 = jul;
    }
    if (kr_module_add_int(m, "timezone", tz) < 0 || kr_module_add_int(m, "altzone", alt) < 0 ||
        kr_module_add_int(m, "daylight", daylight) < 0)
        return -1;
    KrObject *a = kr_str_from_cstr(n0), *b = a ? kr_str_from_cstr(n1) : NULL;
    KrObject *names = b ? kr_tuple_pack(2, a, b) : NULL;
    KR_XDECREF(a);
    KR_XDECREF(b);
    if (!names) return -1;
    return kr_module_add_steal(m, "tzname", names);
}

static KrObject *time_tzset(KrObject *m, KrObject *unused)
{
    tzset();
    if (time_init_timezone(m) < 0) return NULL;
    KR_RETURN_NONE;
}

/* ---- the module ---- */

static KrMethodDef time_functions[] = {
    { "time", (void *)time_time, KR_METH_NOARGS,
      "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\n"
      "Fractions of a second may be present if the system clock provides them." },
    { "time_ns", (void *)time_time_ns, KR_METH_NOARGS,
      "time_ns() -> int\n\nReturn the current time in nanoseconds since the Epoch." },
    { "clock_gettime", (void *)time_clock_gettime, KR_METH_FASTCALL,
      "clock_gettime(clk_id) -> float\n\nReturn the time of the specified clock clk_id." },
    { "clock_gettime_ns", (void *)time_clock_gettime_ns, KR_METH_FASTCALL,
      "clock_gettime_ns(clk_id) -> int\n\nReturn the time of the specified clock clk_id as nanoseconds." },
    { "clock_settime", (void *)time_clock_settime, KR_METH_FASTCALL,
      "clock_settime(clk_id, time)\n\nSet the time of the specified clock clk_id." },
    { "clock_settime_ns", (void *)time_clock_settime_ns, KR_METH_FASTCALL,
      "clock_settime_ns(clk_id, time)\n\nSet the time of the specified clock clk_id with nanoseconds." },
    { "clock_getres", (void *)time_clock_getres, KR_METH_FASTCALL,
      "clock_getres(clk_id) -> floating point number\n\nReturn the resolution (precision) of the specified clock clk_id." },
    { "pthread_getcpuclockid", (void *)time_pthread_getcpuclockid, KR_METH_FASTCALL,
      "pthread_getcpuclockid(thread_id) -> int\n\nReturn the clk_id of a thread's CPU time clock." },
    { "sleep", (void *)time_sleep, KR_METH_O,
      "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\n"
      "a floating point number for subsecond precision." },
    { "gmtime", (void *)time_gmtime, KR_METH_FASTCALL,
      "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n"
      "                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\n"
      "Convert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\n"
      "GMT).  When 'seconds' is not passed in, convert the current time instead.\n\n"
      "If the platform supports the tm_gmtoff and tm_zone, they are available as\n"
      "attributes only." },
    { "localtime", (void *)time_localtime, KR_METH_FASTCALL,
      "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n"
      "                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\n"
      "Convert seconds since the Epoch to a time tuple expressing local time.\n"
      "When 'seconds' is not passed in, convert the current time instead." },
    { "asctime", (void *)time_asctime, KR_METH_FASTCALL,
      "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\n"
      "When the time tuple is not present, current time as returned by localtime()\nis used." },
    { "ctime", (void *)time_ctime, KR_METH_FASTCALL,
      "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in local time.\n"
      "This is equivalent to asctime(localtime(seconds)). When the time tuple is\n"
      "not present, current time as returned by localtime() is used." },
    { "mktime", (void *)time_mktime, KR_METH_O,
      "mktime(tuple) -> floating point number\n\nConvert a time tuple in local time to seconds since the Epoch.\n"
      "Note that mktime(gmtime(0)) will not generally return zero for most\ntime zones; instead the "
      "returned value will either be equal to that\nof the timezone or altzone attributes on the time module." },
    { "strftime", (void *)time_strftime, KR_METH_FASTCALL,
      "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a format specification.\n"
      "See the library reference manual for formatting codes. When the time tuple\n"
      "is not present, current time as returned by localtime() is used." },
    { "strptime", (void *)time_strptime, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "strptime(string, format) -> struct_time\n\nParse a string to a time tuple according to a format specification.\n"
      "See the library reference manual for formatting codes (same as\nstrftime())." },
    { "tzset", (void *)time_tzset, KR_METH_NOARGS,
      "tzset()\n\nInitialize, or reinitialize, the local timezone to the value of the environment\n"
      "variable TZ." },
    { "monotonic", (void *)time_monotonic, KR_METH_NOARGS,
      "monotonic() -> float\n\nMonotonic clock, cannot go backward." },
    { "monotonic_ns", (void *)time_monotonic_ns, KR_METH_NOARGS,
      "monotonic_ns() -> int\n\nMonotonic clock, cannot go backward, as nanoseconds." },
    { "process_time", (void *)time_process_time, KR_METH_NOARGS,
      "process_time() -> float\n\nProcess time for profiling: sum of the kernel and user-space CPU time." },
    { "process_time_ns", (void *)time_process_time_ns, KR_METH_NOARGS,
      "process_time() -> int\n\nProcess time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time." },
    { "thread_time", (void *)time_thread_time, KR_METH_NOARGS,
      "thread_time() -> float\n\nThread time for profiling: sum of the kernel and user-space CPU time." },
    { "thread_time_ns", (void *)time_thread_time_ns, KR_METH_NOARGS,
      "thread_time() -> int\n\nThread time for profiling as nanoseconds:\nsum of the kernel and user-space CPU time." },
    { "perf_counter", (void *)time_monotonic, KR_METH_NOARGS,
      "perf_counter() -> float\n\nPerformance counter for benchmarking." },
    { "perf_counter_ns", (void *)time_monotonic_ns, KR_METH_NOARGS,
      "perf_counter_ns() -> int\n\nPerformance counter for benchmarking as nanoseconds." },
    { "get_clock_info", (void *)time_get_clock_info, KR_METH_FASTCALL,
      "get_clock_info(name: str) -> dict\n\nGet information of the specified clock." },
    { NULL, NULL, 0, NULL },
};

static int time_exec(KrObject *m)
{
    tzset();
    if (time_init_timezone(m) < 0) return -1;
    static const struct { const char *name; long value; } clocks[] = {
        { "CLOCK_REALTIME", CLOCK_REALTIME },
        { "CLOCK_MONOTONIC", CLOCK_MONOTONIC },
        { "CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW },
        { "CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID },
        { "CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID },
        { "CLOCK_BOOTTIME", CLOCK_BOOTTIME },
        { "CLOCK_TAI", CLOCK_TAI },
    };
    for (size_t i = 0; i < sizeof(clocks) / sizeof(clocks[0]); i++)
        if (kr_module_add_int(m, clocks[i].name, clocks[i].value) < 0) return -1;
    if (!struct_time_type && !(struct_time_type = kr_structseq_new_type(&struct_time_desc))) return -1;
    if (kr_module_add_steal(m, "struct_time", kr_newref(struct_time_type)) < 0) return -1;
    return kr_module_add_int(m, "_STRUCT_TM_ITEMS", 11);
}

KrModuleDef kr_timemodule_def = {
    .name = "time",
    .doc = "This module provides various functions to manipulate time values.\n\n"
           "There are two standard representations of time.  One is the number\n"
           "of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\n"
           "or a floating point number (to represent fractions of seconds).\n"
           "The Epoch is system-defined; on Unix, it is generally January 1st, 1970.\n"
           "The actual value can be retrieved by calling gmtime(0).\n",
    .methods = time_functions,
    .exec = time_exec,
};
