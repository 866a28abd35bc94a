/* posixmodule.c — the posix module as CPython 3.11 on Linux: path
 * conversion, stat, directories, fd-level I/O, process ids, environ,
 * uname/times/terminal_size, constants and _have_functions. */
#define _GNU_SOURCE 1 /* dup3, pipe2, O_PATH, SEEK_DATA, environ */
#include "posixmodule.h"
#include "posix_scandir.h"
#include "../objects/abstract.h"
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/descr.h"
#include "../objects/dict.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/str.h"
#include "../objects/structseq.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/err.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>



/* ---- argument helpers ---- */

/* An int argument through __index__ that fits a C int. 0 or -1. */
static int posix_as_int(KrObject *o, int *out)
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

static int posix_as_i64(KrObject *o, int64_t *out)
{
    KrObject *i = kr_number_index(o);
    if (!i) return -1;
    *out = kr_int_as_i64(i);
    KR_DECREF(i);
    if (*out == -1 && kr_err_occurred()) return -1;
    return 0;
}

/* A size (read, urandom): as posix_as_i64 with the ssize_t message. */
static int posix_as_size(KrObject *o, int64_t *out)
{
    KrObject *i = kr_number_index(o);
    if (!i) return -1;
    int overflow = 0;
    *out = kr_int_as_i64_overflow(i, &overflow);
    KR_DECREF(i);
    if (*out == -1 && kr_err_occurred()) return -1;
    if (overflow) {
        kr_err_set_string(kr_exc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/* An int, or an object with fileno() (PyObject_AsFileDescriptor). 0 or -1. */
static int posix_as_fileno(KrObject *o, int *out)
{
    if (KR_INT_CHECK(o)) {
        if (posix_as_int(o, out) < 0) return -1;
    } else {
        KrObject *meth = kr_object_getattr_str(o, "fileno");
        if (!meth) {
            if (!kr_err_matches(kr_exc_AttributeError)) return -1;
            kr_err_clear();
            kr_err_set_string(kr_exc_TypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        KrObject *r = kr_object_call_noargs(meth);
        KR_DECREF(meth);
        if (!r) return -1;
        if (!KR_INT_CHECK(r)) {
            KR_DECREF(r);
            kr_err_set_string(kr_exc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
        int rc = posix_as_int(r, out);
        KR_DECREF(r);
        if (rc < 0) return -1;
    }
    if (*out < 0) {
        kr_err_format(kr_exc_ValueError, "file descriptor cannot be a negative integer (%d)", *out);
        return -1;
    }
    return 0;
}

/* dir_fd=None -> AT_FDCWD, an int -> that fd. */
static int posix_dir_fd(KrObject *o, int *out)
{
    if (!o || o == KR_NONE) { *out = AT_FDCWD; return 0; }
    if (!kr_index_check(o)) {
        kr_err_format(kr_exc_TypeError, "argument should be integer or None, not %T", o);
        return -1;
    }
    return posix_as_int(o, out);
}

/* follow_symlinks and friends: a truth value. -1 on error. */
static int posix_bool(KrObject *o, int dflt)
{
    if (!o) return dflt;
    return kr_object_is_true(o);
}

/* ---- paths ---- */

KrObject *kr_posix_fspath(KrObject *o)
{
    if (KR_STR_CHECK(o) || KR_BYTES_CHECK(o)) return kr_newref(o);
    static KrObject *fspath_name;
    if (!fspath_name && !(fspath_name = kr_str_intern_cstr("__fspath__"))) return NULL;
    KrObject *meth = kr_object_lookup_special(o, fspath_name);
    if (!meth) {
        if (kr_err_occurred()) return NULL;
        return kr_err_format(kr_exc_TypeError,
                             "expected str, bytes or os.PathLike object, not %T", o);
    }
    KrObject *r = kr_object_call_noargs(meth);
    KR_DECREF(meth);
    if (!r) return NULL;
    if (!KR_STR_CHECK(r) && !KR_BYTES_CHECK(r)) {
        kr_err_format(kr_exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %T",
                      KR_TYPE(o)->tp_name, r);
        KR_DECREF(r);
        return NULL;
    }
    return r;
}

static int path_type_error(KrPosixPath *p, KrObject *o)
{
    const char *allowed = p->allow_fd && p->nullable ? "string, bytes, os.PathLike, integer or None"
                          : p->allow_fd             ? "string, bytes, os.PathLike or integer"
                          : p->nullable             ? "string, bytes, os.PathLike or None"
                                                    : "string, bytes or os.PathLike";
    kr_err_format(kr_exc_TypeError, "%s: %s should be %s, not %T", p->func, p->arg, allowed, o);
    return -1;
}

int kr_posix_path_convert(KrPosixPath *p, KrObject *o)
{
    p->object = o;
    p->owned = NULL;
    p->bytes = NULL;
    p->narrow = NULL;
    p->fd = -1;
    p->is_bytes = 0;
    if (!o || (p->nullable && o == KR_NONE)) return 0;
    if (p->allow_fd && !KR_STR_CHECK(o) && !KR_BYTES_CHECK(o) && kr_index_check(o))
        return posix_as_int(o, &p->fd);
    KrObject *v = NULL;
    if (KR_STR_CHECK(o) || KR_BYTES_CHECK(o)) {
        v = kr_newref(o);
    } else if (kr_object_check_buffer(o)) {
        char msg[200];
        snprintf(msg, sizeof msg, "%s: %s should be %s, not %s", p->func, p->arg,
                 p->allow_fd && p->nullable ? "string, bytes, os.PathLike, integer or None"
                 : p->allow_fd             ? "string, bytes, os.PathLike or integer"
                 : p->nullable             ? "string, bytes, os.PathLike or None"
                                           : "string, bytes or os.PathLike",
                 KR_TYPE(o)->tp_name);
        if (kr_err_warn(kr_exc_DeprecationWarning, msg, 1) < 0) return -1;
        v = kr_bytes_from_object(o);
        if (!v) return -1;
    } else {
        static KrObject *fspath_name;
        if (!fspath_name && !(fspath_name = kr_str_intern_cstr("__fspath__"))) return -1;
        KrObject *meth = kr_object_lookup_special(o, fspath_name);
        if (!meth) {
            if (kr_err_occurred()) return -1;
            return path_type_error(p, o);
        }
        v = kr_object_call_noargs(meth);
        KR_DECREF(meth);
        if (!v) return -1;
        if (!KR_STR_CHECK(v) && !KR_BYTES_CHECK(v)) {
            kr_err_format(kr_exc_TypeError,
                          "expected %s.__fspath__() to return str or bytes, not %T",
                          KR_TYPE(o)->tp_name, v);
            KR_DECREF(v);
            return -1;
        }
        p->owned = kr_newref(v);   /* errors name the path, not the PathLike */
        p->object = v;
    }
    if (KR_STR_CHECK(v)) {
        KrObject *b = kr_str_encode(v, "utf-8", "surrogateescape");
        KR_DECREF(v);
        if (!b) return -1;
        if ((ssize_t)strlen(KR_BYTES_DATA(b)) != KR_BYTES_LEN(b)) {
            KR_DECREF(b);
            kr_err_set_string(kr_exc_ValueError, "embedded null byte");
            return -1;
        }
        p->bytes = b;
    } else {
        p->is_bytes = 1;
        if ((ssize_t)strlen(KR_BYTES_DATA(v)) != KR_BYTES_LEN(v)) {
            KR_DECREF(v);
            kr_err_format(kr_exc_ValueError, "%s: embedded null character in %s", p->func,
                          p->arg);
            return -1;
        }
        p->bytes = v;
    }
    p->narrow = KR_BYTES_DATA(p->bytes);
    return 0;
}

void kr_posix_path_clean(KrPosixPath *p)
{
    KR_CLEAR(p->bytes);
    KR_CLEAR(p->owned);
}

static KrObject *path_error(KrPosixPath *p)
{
    return kr_err_from_errno_filename(kr_exc_OSError, p->object ? p->object : KR_NONE);
}

/* OSError(errno, strerror, filename, None, filename2) */
static KrObject *path_error2(KrObject *f1, KrObject *f2)
{
    int err = errno;
    if (err == ENOMEM) return kr_err_no_memory();
    KrObject *code = kr_int_from_i64(err);
    const char *text = strerror(err);
    KrObject *msg = code ? kr_str_from_utf8_surrogateescape(text, (ssize_t)strlen(text)) : NULL;
    KrObject *args = msg ? kr_tuple_pack(5, code, msg, f1, KR_NONE, f2) : NULL;
    KR_XDECREF(code);
    KR_XDECREF(msg);
    if (!args) return NULL;
    KrObject *exc = kr_object_call(kr_exc_OSError, args, NULL);
    KR_DECREF(args);
    if (!exc) return NULL;
    kr_err_set_exception(exc);
    KR_DECREF(exc);
    return NULL;
}

/* A name from the OS as str (surrogateescape) or bytes. */
static KrObject *posix_name(const char *s, ssize_t n, int as_bytes)
{
    if (n < 0) n = (ssize_t)strlen(s);
    return as_bytes ? kr_bytes_from(s, n) : kr_str_from_utf8_surrogateescape(s, n);
}

/* ---- struct sequences ---- */

static KrTypeObject *stat_result_type, *uname_result_type, *terminal_size_type,
    *times_result_type;

/* Items 7..9 carry integer times under the float fields' names, as
 * CPython's unnamed fields: repr shows st_atime=<int>; posix_exec points
 * the st_atime/st_mtime/st_ctime attributes at the float fields 10..12. */
static const KrStructSeqField stat_result_fields[] = {
    { "st_mode", "protection bits" },
    { "st_ino", "inode" },
    { "st_dev", "device" },
    { "st_nlink", "number of hard links" },
    { "st_uid", "user ID of owner" },
    { "st_gid", "group ID of owner" },
    { "st_size", "total size, in bytes" },
    { "st_atime", "integer time of last access" },
    { "st_mtime", "integer time of last modification" },
    { "st_ctime", "integer time of last change" },
    { "st_atime", "time of last access" },
    { "st_mtime", "time of last modification" },
    { "st_ctime", "time of last change" },
    { "st_atime_ns", "time of last access in nanoseconds" },
    { "st_mtime_ns", "time of last modification in nanoseconds" },
    { "st_ctime_ns", "time of last change in nanoseconds" },
    { "st_blksize", "blocksize for filesystem I/O" },
    { "st_blocks", "number of blocks allocated" },
    { "st_rdev", "device type (if inode device)" },
    { NULL, NULL },
};

static const KrStructSeqDesc stat_result_desc = {
    .name = "os.stat_result",
    .doc = "stat_result: Result from stat, fstat, or lstat.\n\n"
           "This object may be accessed either as a tuple of\n"
           "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
           "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n"
           "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n"
           "or st_flags, they are available as attributes only.\n\n"
           "See os.stat for more information.",
    .fields = stat_result_fields,
    .n_in_sequence = 10,
};

static const KrStructSeqField uname_fields[] = {
    { "sysname", "operating system name" },
    { "nodename", "name of machine on network (implementation-defined)" },
    { "release", "operating system release" },
    { "version", "operating system version" },
    { "machine", "hardware identifier" },
    { NULL, NULL },
};

#define STAT_ITEM_OFFSET(i) \
    ((ssize_t)offsetof(KrTupleObject, ob_item) + (i) * (ssize_t)sizeof(KrObject *))
static KrMemberDef stat_float_members[3] = {
    { "st_atime", KR_T_OBJECT, STAT_ITEM_OFFSET(10), KR_READONLY, "time of last access" },
    { "st_mtime", KR_T_OBJECT, STAT_ITEM_OFFSET(11), KR_READONLY, "time of last modification" },
    { "st_ctime", KR_T_OBJECT, STAT_ITEM_OFFSET(12), KR_READONLY, "time of last change" },
};

static kr_newfunc structseq_tp_new;

/* stat_result(seq[, dict]): float times left None copy the int ones. */
static KrObject *stat_result_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrObject *o = structseq_tp_new(type, args, kwds);
    if (!o) return NULL;
    for (int i = 7; i < 10; i++) {
        if (KR_STRUCTSEQ_GET(o, i + 3) == KR_NONE) {
            KR_DECREF(KR_STRUCTSEQ_GET(o, i + 3));
            KR_STRUCTSEQ_SET_STEAL(o, i + 3, kr_newref(KR_STRUCTSEQ_GET(o, i)));
        }
    }
    return o;
}

static const KrStructSeqDesc uname_desc = {
    .name = "posix.uname_result",
    .doc = "uname_result: Result from os.uname().\n\n"
           "This object may be accessed either as a tuple of\n"
           "  (sysname, nodename, release, version, machine),\n"
           "or via the attributes sysname, nodename, release, version, and machine.\n\n"
           "See os.uname for more information.",
    .fields = uname_fields,
    .n_in_sequence = 5,
};

static const KrStructSeqField terminal_size_fields[] = {
    { "columns", "width of the terminal window in characters" },
    { "lines", "height of the terminal window in characters" },
    { NULL, NULL },
};

static const KrStructSeqDesc terminal_size_desc = {
    .name = "os.terminal_size",
    .doc = "A tuple of (columns, lines) for holding terminal window size",
    .fields = terminal_size_fields,
    .n_in_sequence = 2,
};

static const KrStructSeqField times_fields[] = {
    { "user", "user time" },
    { "system", "system time" },
    { "children_user", "user time of children" },
    { "children_system", "system time of children" },
    { "elapsed", "elapsed time since an arbitrary point in the past" },
    { NULL, NULL },
};

static const KrStructSeqDesc times_desc = {
    .name = "posix.times_result",
    .doc = "times_result: Result from os.times().\n\n"
           "This object may be accessed either as a tuple of\n"
           "  (user, system, children_user, children_system, elapsed),\n"
           "or via the attributes user, system, children_user, children_system,\n"
           "and elapsed.\n\n"
           "See os.times for more information.",
    .fields = times_fields,
    .n_in_sequence = 5,
};

/* Fills every field of a new struct sequence from vals (stolen; a NULL
 * means failure, the other values are released). */
static KrObject *posix_structseq(KrTypeObject *t, KrObject **vals, int n)
{
    int ok = 1;
    for (int i = 0; i < n; i++)
        if (!vals[i]) ok = 0;
    KrObject *o = ok ? kr_structseq_new(t) : NULL;
    if (!o) {
        for (int i = 0; i < n; i++) KR_XDECREF(vals[i]);
        return NULL;
    }
    for (int i = 0; i < n; i++) KR_STRUCTSEQ_SET_STEAL(o, i, vals[i]);
    return o;
}

static KrObject *stat_ns(const struct timespec *ts)
{
    KrObject *s = kr_int_from_i64(ts->tv_sec);
    KrObject *billion = s ? kr_int_from_i64(1000000000) : NULL;
    KrObject *m = billion ? kr_number_binop(s, billion, KR_NB_MULTIPLY) : NULL;
    KrObject *ns = m ? kr_int_from_i64(ts->tv_nsec) : NULL;
    KrObject *r = ns ? kr_number_binop(m, ns, KR_NB_ADD) : NULL;
    KR_XDECREF(s);
    KR_XDECREF(billion);
    KR_XDECREF(m);
    KR_XDECREF(ns);
    return r;
}

KrObject *kr_posix_stat_result(const struct stat *st)
{
    KrObject *v[19];
    v[0] = kr_int_from_i64(st->st_mode);
    v[1] = kr_int_from_u64(st->st_ino);
    v[2] = kr_int_from_u64(st->st_dev);
    v[3] = kr_int_from_i64((int64_t)st->st_nlink);
    v[4] = kr_int_from_i64(st->st_uid);
    v[5] = kr_int_from_i64(st->st_gid);
    v[6] = kr_int_from_i64(st->st_size);
    const struct timespec *ts[3] = { &st->st_atim, &st->st_mtim, &st->st_ctim };
    for (int i = 0; i < 3; i++) {
        v[7 + i] = kr_int_from_i64(ts[i]->tv_sec);
        v[10 + i] = kr_float_from_double((double)ts[i]->tv_sec + ts[i]->tv_nsec * 1e-9);
        v[13 + i] = stat_ns(ts[i]);
    }
    v[16] = kr_int_from_i64(st->st_blksize);
    v[17] = kr_int_from_i64(st->st_blocks);
    v[18] = kr_int_from_u64(st->st_rdev);
    return posix_structseq(stat_result_type, v, 19);
}

/* ---- stat family ---- */

static KrObject *do_stat(const char *fname, KrObject *const *args, ssize_t nargs,
                         KrObject *kwnames, int lstat_mode)
{
    static const char *const stat_names[] = { "path", "dir_fd", "follow_symlinks", NULL };
    static const char *const lstat_names[] = { "path", "dir_fd", NULL };
    KrArgSpec spec = { fname, lstat_mode ? lstat_names : stat_names, 0, 1, 1 };
    KrObject *a[3] = { NULL, NULL, NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    int dir_fd, follow = lstat_mode ? 0 : posix_bool(a[2], 1);
    if (follow < 0 || posix_dir_fd(a[1], &dir_fd) < 0) return NULL;
    KrPosixPath p = { .func = fname, .arg = "path", .allow_fd = 1 };
    if (kr_posix_path_convert(&p, a[0]) < 0) { kr_posix_path_clean(&p); return NULL; }
    struct stat st;
    int rc;
    if (p.fd >= 0 || (!p.narrow && p.fd == -1 && a[0] && a[0] != KR_NONE)) {
        if (dir_fd != AT_FDCWD) {
            kr_posix_path_clean(&p);
            return kr_err_format(kr_exc_ValueError,
                                 "%s: can't specify dir_fd without matching path", fname);
        }
        rc = fstat(p.fd, &st);
    } else {
        rc = fstatat(dir_fd, p.narrow, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    }
    KrObject *r = rc < 0 ? path_error(&p) : kr_posix_stat_result(&st);
    kr_posix_path_clean(&p);
    return r;
}

static KrObject *posix_stat(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return do_stat("stat", args, nargs, kw, 0);
}

static KrObject *posix_lstat(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return do_stat("lstat", args, nargs, kw, 1);
}

static KrObject *posix_fstat(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "fd", NULL };
    KrArgSpec spec = { "fstat", names, 0, 1, 1 };
    KrObject *a[1];
    int fd;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_as_int(a[0], &fd) < 0) return NULL;
    struct stat st;
    if (fstat(fd, &st) < 0) return kr_err_from_errno(kr_exc_OSError);
    return kr_posix_stat_result(&st);
}

/* ---- directories and names ---- */

static KrObject *posix_getcwd_impl(int as_bytes)
{
    size_t size = 1024;
    for (;;) {
        char *buf = malloc(size);
        if (!buf) return kr_err_no_memory();
        if (getcwd(buf, size)) {
            KrObject *r = posix_name(buf, -1, as_bytes);
            free(buf);
            return r;
        }
        free(buf);
        if (errno != ERANGE) return kr_err_from_errno(kr_exc_OSError);
        size *= 2;
    }
}

static KrObject *posix_getcwd(KrObject *m, KrObject *unused) { return posix_getcwd_impl(0); }
static KrObject *posix_getcwdb(KrObject *m, KrObject *unused) { return posix_getcwd_impl(1); }

static KrObject *posix_chdir(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", NULL };
    KrArgSpec spec = { "chdir", names, 0, 1, 1 };
    KrObject *a[1];
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0) return NULL;
    KrPosixPath p = { .func = "chdir", .arg = "path", .allow_fd = 1 };
    KrObject *r = NULL;
    if (kr_posix_path_convert(&p, a[0]) == 0) {
        int rc = p.narrow ? chdir(p.narrow) : fchdir(p.fd);
        r = rc < 0 ? path_error(&p) : kr_newref(KR_NONE);
    }
    kr_posix_path_clean(&p);
    return r;
}

static KrObject *posix_fchdir(KrObject *m, KrObject *arg)
{
    int fd;
    if (posix_as_int(arg, &fd) < 0) return NULL;
    if (fchdir(fd) < 0) return kr_err_from_errno(kr_exc_OSError);
    KR_RETURN_NONE;
}

static KrObject *posix_listdir(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", NULL };
    KrArgSpec spec = { "listdir", names, 0, 1, 0 };
    KrObject *a[1] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0) return NULL;
    KrPosixPath p = { .func = "listdir", .arg = "path", .allow_fd = 1, .nullable = 1 };
    if (kr_posix_path_convert(&p, a[0]) < 0) { kr_posix_path_clean(&p); return NULL; }
    DIR *d;
    if (p.narrow || p.fd < 0) {
        d = opendir(p.narrow ? p.narrow : ".");
    } else {
        int fd2 = dup(p.fd);
        d = fd2 < 0 ? NULL : fdopendir(fd2);
        if (!d && fd2 >= 0) { int e = errno; close(fd2); errno = e; }
        if (d) rewinddir(d);
    }
    if (!d) {
        KrObject *r = p.narrow ? path_error(&p) : kr_err_from_errno(kr_exc_OSError);
        kr_posix_path_clean(&p);
        return r;
    }
    KrObject *list = kr_list_new(0);
    while (list) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (!e) {
            if (errno) {
                if (p.narrow) path_error(&p);
                else kr_err_from_errno(kr_exc_OSError);
                KR_CLEAR(list);
            }
            break;
        }
        if (e->d_name[0] == '.' &&
            (e->d_name[1] == 0 || (e->d_name[1] == '.' && e->d_name[2] == 0)))
            continue;
        KrObject *name = posix_name(e->d_name, -1, p.is_bytes);
        if (!name || kr_list_append(list, name) < 0) KR_CLEAR(list);
        KR_XDECREF(name);
    }
    closedir(d);
    kr_posix_path_clean(&p);
    return list;
}

/* f(path, *, dir_fd=None) for unlink/remove/rmdir */
static KrObject *posix_unlink_like(const char *fname, KrObject *const *args, ssize_t nargs,
                                   KrObject *kw, int flags)
{
    static const char *const names[] = { "path", "dir_fd", NULL };
    KrArgSpec spec = { fname, names, 0, 1, 1 };
    KrObject *a[2] = { NULL, NULL };
    int dir_fd;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_dir_fd(a[1], &dir_fd) < 0)
        return NULL;
    KrPosixPath p = { .func = fname, .arg = "path" };
    KrObject *r = NULL;
    if (kr_posix_path_convert(&p, a[0]) == 0)
        r = unlinkat(dir_fd, p.narrow, flags) < 0 ? path_error(&p) : kr_newref(KR_NONE);
    kr_posix_path_clean(&p);
    return r;
}

static KrObject *posix_unlink(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return posix_unlink_like("unlink", args, nargs, kw, 0);
}

static KrObject *posix_remove(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return posix_unlink_like("remove", args, nargs, kw, 0);
}

static KrObject *posix_rmdir(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return posix_unlink_like("rmdir", args, nargs, kw, AT_REMOVEDIR);
}

static KrObject *posix_mkdir(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "mode", "dir_fd", NULL };
    KrArgSpec spec = { "mkdir", names, 0, 2, 1 };
    KrObject *a[3] = { NULL, NULL, NULL };
    int dir_fd, mode = 0777;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_dir_fd(a[2], &dir_fd) < 0)
        return NULL;
    if (a[1] && posix_as_int(a[1], &mode) < 0) return NULL;
    KrPosixPath p = { .func = "mkdir", .arg = "path" };
    KrObject *r = NULL;
    if (kr_posix_path_convert(&p, a[0]) == 0)
        r = mkdirat(dir_fd, p.narrow, (mode_t)mode) < 0 ? path_error(&p) : kr_newref(KR_NONE);
    kr_posix_path_clean(&p);
    return r;
}

static KrObject *posix_rename_like(const char *fname, KrObject *const *args, ssize_t nargs,
                                   KrObject *kw)
{
    static const char *const names[] = { "src", "dst", "src_dir_fd", "dst_dir_fd", NULL };
    KrArgSpec spec = { fname, names, 0, 2, 2 };
    KrObject *a[4] = { NULL, NULL, NULL, NULL };
    int sfd, dfd;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_dir_fd(a[2], &sfd) < 0 ||
        posix_dir_fd(a[3], &dfd) < 0)
        return NULL;
    KrPosixPath s = { .func = fname, .arg = "src" }, d = { .func = fname, .arg = "dst" };
    KrObject *r = NULL;
    if (kr_posix_path_convert(&s, a[0]) == 0 && kr_posix_path_convert(&d, a[1]) == 0) {
        if (renameat(sfd, s.narrow, dfd, d.narrow) < 0)
            path_error2(s.object, d.object);
        else
            r = kr_newref(KR_NONE);
    }
    kr_posix_path_clean(&s);
    kr_posix_path_clean(&d);
    return r;
}

static KrObject *posix_rename(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return posix_rename_like("rename", args, nargs, kw);
}

static KrObject *posix_replace(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    return posix_rename_like("replace", args, nargs, kw);
}

static KrObject *posix_access(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "mode", "dir_fd", "effective_ids",
                                         "follow_symlinks", NULL };
    KrArgSpec spec = { "access", names, 0, 2, 2 };
    KrObject *a[5] = { NULL, NULL, NULL, NULL, NULL };
    int dir_fd, mode;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_dir_fd(a[2], &dir_fd) < 0 ||
        posix_as_int(a[1], &mode) < 0)
        return NULL;
    int eff = posix_bool(a[3], 0), follow = posix_bool(a[4], 1);
    if (eff < 0 || follow < 0) return NULL;
    KrPosixPath p = { .func = "access", .arg = "path" };
    KrObject *r = NULL;
    if (kr_posix_path_convert(&p, a[0]) == 0) {
        int flags = (eff ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
        r = kr_bool_from(faccessat(dir_fd, p.narrow, mode, flags) == 0);
    }
    kr_posix_path_clean(&p);
    return r;
}

static KrObject *posix_readlink(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "dir_fd", NULL };
    KrArgSpec spec = { "readlink", names, 0, 1, 1 };
    KrObject *a[2] = { NULL, NULL };
    int dir_fd;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_dir_fd(a[1], &dir_fd) < 0)
        return NULL;
    KrPosixPath p = { .func = "readlink", .arg = "path" };
    KrObject *r = NULL;
    if (kr_posix_path_convert(&p, a[0]) == 0) {
        char buf[4096];
        ssize_t n = readlinkat(dir_fd, p.narrow, buf, sizeof buf);
        r = n < 0 ? path_error(&p) : posix_name(buf, n, p.is_bytes);
    }
    kr_posix_path_clean(&p);
    return r;
}

static KrObject *posix_symlink(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "src", "dst", "target_is_directory", "dir_fd", NULL };
    KrArgSpec spec = { "symlink", names, 0, 3, 2 };
    KrObject *a[4] = { NULL, NULL, NULL, NULL };
    int dir_fd;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_dir_fd(a[3], &dir_fd) < 0)
        return NULL;
    KrPosixPath s = { .func = "symlink", .arg = "src" }, d = { .func = "symlink", .arg = "dst" };
    KrObject *r = NULL;
    if (kr_posix_path_convert(&s, a[0]) == 0 && kr_posix_path_convert(&d, a[1]) == 0) {
        if (symlinkat(s.narrow, dir_fd, d.narrow) < 0) path_error2(s.object, d.object);
        else r = kr_newref(KR_NONE);
    }
    kr_posix_path_clean(&s);
    kr_posix_path_clean(&d);
    return r;
}

static KrObject *posix_chmod(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "mode", "dir_fd", "follow_symlinks", NULL };
    KrArgSpec spec = { "chmod", names, 0, 2, 2 };
    KrObject *a[4] = { NULL, NULL, NULL, NULL };
    int dir_fd, mode;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_dir_fd(a[2], &dir_fd) < 0 ||
        posix_as_int(a[1], &mode) < 0)
        return NULL;
    int follow = posix_bool(a[3], 1);
    if (follow < 0) return NULL;
    KrPosixPath p = { .func = "chmod", .arg = "path", .allow_fd = 1 };
    KrObject *r = NULL;
    if (kr_posix_path_convert(&p, a[0]) == 0) {
        int rc = p.narrow ? fchmodat(dir_fd, p.narrow, (mode_t)mode,
                                     follow ? 0 : AT_SYMLINK_NOFOLLOW)
                          : fchmod(p.fd, (mode_t)mode);
        r = rc < 0 ? path_error(&p) : kr_newref(KR_NONE);
    }
    kr_posix_path_clean(&p);
    return r;
}

static KrObject *posix_link(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "src", "dst", "src_dir_fd", "dst_dir_fd",
                                         "follow_symlinks", NULL };
    KrArgSpec spec = { "link", names, 0, 2, 2 };
    KrObject *a[5] = { NULL, NULL, NULL, NULL, NULL };
    int sfd, dfd, follow;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_dir_fd(a[2], &sfd) < 0 ||
        posix_dir_fd(a[3], &dfd) < 0 || (follow = posix_bool(a[4], 1)) < 0)
        return NULL;
    KrPosixPath s = { .func = "link", .arg = "src" }, d = { .func = "link", .arg = "dst" };
    KrObject *r = NULL;
    if (kr_posix_path_convert(&s, a[0]) == 0 && kr_posix_path_convert(&d, a[1]) == 0) {
        if (linkat(sfd, s.narrow, dfd, d.narrow, follow ? AT_SYMLINK_FOLLOW : 0) < 0)
            path_error2(s.object, d.object);
        else
            r = kr_newref(KR_NONE);
    }
    kr_posix_path_clean(&s);
    kr_posix_path_clean(&d);
    return r;
}

static KrObject *posix_truncate(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "length", NULL };
    KrArgSpec spec = { "truncate", names, 0, 2, 2 };
    KrObject *a[2];
    int64_t len;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0) return NULL;
    KrPosixPath p = { .func = "truncate", .arg = "path", .allow_fd = 1 };
    KrObject *r = NULL;
    if (kr_posix_path_convert(&p, a[0]) == 0 && posix_as_i64(a[1], &len) == 0) {
        int rc = p.narrow ? truncate(p.narrow, (off_t)len) : ftruncate(p.fd, (off_t)len);
        r = rc < 0 ? path_error(&p) : kr_newref(KR_NONE);
    }
    kr_posix_path_clean(&p);
    return r;
}

/* A utime timestamp (int, or float rounded toward -inf) as a timespec. */
static int utime_timespec(KrObject *o, struct timespec *ts)
{
    if (KR_FLOAT_CHECK(o)) {
        double d = kr_float_as_double(o);
        if (isnan(d)) {
            kr_err_set_string(kr_exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        double ip, fp = modf(d, &ip);
        fp = floor(fp * 1e9);
        if (fp >= 1e9) { fp -= 1e9; ip += 1.0; }
        else if (fp < 0) { fp += 1e9; ip -= 1.0; }
        if (!(ip >= -9.2e18 && ip <= 9.2e18)) {
            kr_err_set_string(kr_exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        ts->tv_sec = (time_t)ip;
        ts->tv_nsec = (long)fp;
        return 0;
    }
    KrObject *i = kr_number_index(o);
    if (!i) return -1;
    int overflow = 0;
    int64_t v = kr_int_as_i64_overflow(i, &overflow);
    KR_DECREF(i);
    if (v == -1 && kr_err_occurred()) return -1;
    if (overflow) {
        kr_err_set_string(kr_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    ts->tv_sec = (time_t)v;
    ts->tv_nsec = 0;
    return 0;
}

/* ns -> timespec through Python's divmod (ns may exceed 64 bits). */
static int utime_ns(KrObject *o, struct timespec *ts)
{
    KrObject *i = kr_number_index(o);
    if (!i) return -1;
    KrObject *billion = kr_int_from_i64(1000000000);
    KrObject *q = billion ? kr_number_binop(i, billion, KR_NB_FLOOR_DIVIDE) : NULL;
    KrObject *r = q ? kr_number_binop(i, billion, KR_NB_REMAINDER) : NULL;
    int rc = -1;
    if (r) {
        int overflow = 0;
        int64_t sec = kr_int_as_i64_overflow(q, &overflow);
        if (overflow) {
            kr_err_set_string(kr_exc_OverflowError, "timestamp out of range for platform time_t");
        } else if (!(sec == -1 && kr_err_occurred())) {
            ts->tv_sec = (time_t)sec;
            ts->tv_nsec = (long)kr_int_as_i64(r);
            rc = 0;
        }
    }
    KR_DECREF(i);
    KR_XDECREF(billion);
    KR_XDECREF(q);
    KR_XDECREF(r);
    return rc;
}

static KrObject *posix_utime(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "times", "ns", "dir_fd", "follow_symlinks", NULL };
    KrArgSpec spec = { "utime", names, 0, 2, 1 };
    KrObject *a[5] = { NULL, NULL, NULL, NULL, NULL };
    int dir_fd, follow;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_dir_fd(a[3], &dir_fd) < 0 ||
        (follow = posix_bool(a[4], 1)) < 0)
        return NULL;
    KrObject *times = a[1] && a[1] != KR_NONE ? a[1] : NULL;
    struct timespec ts[2], *tsp = NULL;
    if (times && a[2])
        return kr_err_format(kr_exc_ValueError,
                             "utime: you may specify either 'times' or 'ns' but not both");
    if (times) {
        if (!KR_TUPLE_CHECK(times) || KR_SIZE(times) != 2)
            return kr_err_format(kr_exc_TypeError,
                                 "utime: 'times' must be either a tuple of two ints or None");
        if (utime_timespec(KR_TUPLE_GET(times, 0), &ts[0]) < 0 ||
            utime_timespec(KR_TUPLE_GET(times, 1), &ts[1]) < 0)
            return NULL;
        tsp = ts;
    } else if (a[2]) {
        if (!KR_TUPLE_CHECK(a[2]) || KR_SIZE(a[2]) != 2)
            return kr_err_format(kr_exc_TypeError, "utime: 'ns' must be a tuple of two ints");
        if (utime_ns(KR_TUPLE_GET(a[2], 0), &ts[0]) < 0 ||
            utime_ns(KR_TUPLE_GET(a[2], 1), &ts[1]) < 0)
            return NULL;
        tsp = ts;
    }
    KrPosixPath p = { .func = "utime", .arg = "path", .allow_fd = 1 };
    KrObject *r = NULL;
    if (kr_posix_path_convert(&p, a[0]) == 0) {
        int rc = p.narrow ? utimensat(dir_fd, p.narrow, tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW)
                          : futimens(p.fd, tsp);
        /* CPython reports utime errors without the file name */
        r = rc < 0 ? kr_err_from_errno(kr_exc_OSError) : kr_newref(KR_NONE);
    }
    kr_posix_path_clean(&p);
    return r;
}

/* W*(status) helpers on wait statuses */
static int wait_status_arg(const char *fname, KrObject *const *args, ssize_t nargs, KrObject *kw,
                           int *status)
{
    static const char *const names[] = { "status", NULL };
    KrArgSpec spec = { fname, names, 0, 1, 1 };
    KrObject *a[1];
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0) return -1;
    return posix_as_int(a[0], status);
}

#define WAIT_FUNC(NAME, EXPR, MAKE)                                                           \
    static KrObject *posix_##NAME(KrObject *m, KrObject *const *args, ssize_t nargs,          \
                                  KrObject *kw)                                               \
    {                                                                                         \
        int status;                                                                           \
        if (wait_status_arg(#NAME, args, nargs, kw, &status) < 0) return NULL;                \
        return MAKE(EXPR);                                                                    \
    }
WAIT_FUNC(WIFEXITED, WIFEXITED(status), kr_bool_from)
WAIT_FUNC(WEXITSTATUS, WEXITSTATUS(status), kr_int_from_i64)
WAIT_FUNC(WIFSIGNALED, WIFSIGNALED(status), kr_bool_from)
WAIT_FUNC(WTERMSIG, WTERMSIG(status), kr_int_from_i64)
WAIT_FUNC(WIFSTOPPED, WIFSTOPPED(status), kr_bool_from)
WAIT_FUNC(WSTOPSIG, WSTOPSIG(status), kr_int_from_i64)
WAIT_FUNC(WCOREDUMP, WCOREDUMP(status), kr_bool_from)
WAIT_FUNC(WIFCONTINUED, WIFCONTINUED(status), kr_bool_from)

/* ---- fd-level I/O ---- */

static KrObject *posix_open(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "flags", "mode", "dir_fd", NULL };
    KrArgSpec spec = { "open", names, 0, 3, 2 };
    KrObject *a[4] = { NULL, NULL, NULL, NULL };
    int dir_fd, flags, mode = 0777;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0) return NULL;
    KrPosixPath p = { .func = "open", .arg = "path" };
    KrObject *r = NULL;
    if (kr_posix_path_convert(&p, a[0]) == 0 && posix_as_int(a[1], &flags) == 0 &&
        (!a[2] || posix_as_int(a[2], &mode) == 0) && posix_dir_fd(a[3], &dir_fd) == 0) {
        int fd;
        do fd = openat(dir_fd, p.narrow, flags | O_CLOEXEC, mode);
        while (fd < 0 && errno == EINTR);
        r = fd < 0 ? path_error(&p) : kr_int_from_i64(fd);
    }
    kr_posix_path_clean(&p);
    return r;
}

static KrObject *posix_close(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "fd", NULL };
    KrArgSpec spec = { "close", names, 0, 1, 1 };
    KrObject *a[1];
    int fd;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_as_int(a[0], &fd) < 0) return NULL;
    if (close(fd) < 0 && errno != EINTR) return kr_err_from_errno(kr_exc_OSError);
    KR_RETURN_NONE;
}

static KrObject *posix_closerange(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    int lo, hi;
    if (kr_args_check_count("closerange", nargs, 2, 2) < 0 || posix_as_int(args[0], &lo) < 0 ||
        posix_as_int(args[1], &hi) < 0)
        return NULL;
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) close(fd);
    KR_RETURN_NONE;
}

static KrObject *posix_read(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    int fd;
    int64_t n;
    if (kr_args_check_count("read", nargs, 2, 2) < 0 || posix_as_int(args[0], &fd) < 0 ||
        posix_as_size(args[1], &n) < 0)
        return NULL;
    if (n < 0) {
        errno = EINVAL;
        return kr_err_from_errno(kr_exc_OSError);
    }
    KrObject *b = kr_bytes_from(NULL, (ssize_t)n);
    if (!b) return NULL;
    ssize_t got;
    do got = read(fd, KR_BYTES_DATA(b), (size_t)n);
    while (got < 0 && errno == EINTR);
    if (got < 0) {
        KR_DECREF(b);
        return kr_err_from_errno(kr_exc_OSError);
    }
    if (got != n && kr_bytes_resize(&b, got) < 0) return NULL;
    return b;
}

static KrObject *posix_write(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    int fd;
    if (kr_args_check_count("write", nargs, 2, 2) < 0 || posix_as_int(args[0], &fd) < 0)
        return NULL;
    KrBuffer view;
    if (kr_object_get_buffer(args[1], &view, KR_BUF_SIMPLE) < 0) return NULL;
    ssize_t n;
    do n = write(fd, view.buf, (size_t)view.len);
    while (n < 0 && errno == EINTR);
    int err = errno;
    kr_buffer_release(&view);
    if (n < 0) {
        errno = err;
        return kr_err_from_errno(kr_exc_OSError);
    }
    return kr_int_from_i64(n);
}

static KrObject *posix_lseek(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    int fd, how;
    int64_t pos;
    if (kr_args_check_count("lseek", nargs, 3, 3) < 0 || posix_as_int(args[0], &fd) < 0 ||
        posix_as_i64(args[1], &pos) < 0 || posix_as_int(args[2], &how) < 0)
        return NULL;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0) return kr_err_from_errno(kr_exc_OSError);
    return kr_int_from_i64(r);
}

static KrObject *posix_fsync(KrObject *m, KrObject *arg)
{
    int fd;
    if (posix_as_fileno(arg, &fd) < 0) return NULL;
    if (fsync(fd) < 0) return kr_err_from_errno(kr_exc_OSError);
    KR_RETURN_NONE;
}

static KrObject *posix_ftruncate(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    int fd;
    int64_t len;
    if (kr_args_check_count("ftruncate", nargs, 2, 2) < 0 || posix_as_int(args[0], &fd) < 0 ||
        posix_as_i64(args[1], &len) < 0)
        return NULL;
    if (ftruncate(fd, (off_t)len) < 0) return kr_err_from_errno(kr_exc_OSError);
    KR_RETURN_NONE;
}

static KrObject *posix_isatty(KrObject *m, KrObject *arg)
{
    int fd;
    if (posix_as_int(arg, &fd) < 0) return NULL;
    return kr_bool_from(isatty(fd));
}

static KrObject *posix_dup(KrObject *m, KrObject *arg)
{
    int fd;
    if (posix_as_int(arg, &fd) < 0) return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) return kr_err_from_errno(kr_exc_OSError);
    return kr_int_from_i64(r);
}

static KrObject *posix_dup2(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "fd", "fd2", "inheritable", NULL };
    KrArgSpec spec = { "dup2", names, 0, 3, 2 };
    KrObject *a[3] = { NULL, NULL, NULL };
    int fd, fd2;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_as_int(a[0], &fd) < 0 ||
        posix_as_int(a[1], &fd2) < 0)
        return NULL;
    int inh = posix_bool(a[2], 1);
    if (inh < 0) return NULL;
    int r = fd == fd2 ? fd : dup3(fd, fd2, inh ? 0 : O_CLOEXEC);
    if (r < 0) return kr_err_from_errno(kr_exc_OSError);
    return kr_int_from_i64(r);
}

static KrObject *posix_pipe(KrObject *m, KrObject *unused)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) < 0) return kr_err_from_errno(kr_exc_OSError);
    KrObject *a = kr_int_from_i64(fds[0]), *b = kr_int_from_i64(fds[1]);
    KrObject *r = a && b ? kr_tuple_pack(2, a, b) : NULL;
    KR_XDECREF(a);
    KR_XDECREF(b);
    return r;
}

static KrObject *posix_get_inheritable(KrObject *m, KrObject *arg)
{
    int fd;
    if (posix_as_int(arg, &fd) < 0) return NULL;
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) return kr_err_from_errno(kr_exc_OSError);
    return kr_bool_from(!(flags & FD_CLOEXEC));
}

static KrObject *posix_set_inheritable(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    int fd, inh;
    if (kr_args_check_count("set_inheritable", nargs, 2, 2) < 0 ||
        posix_as_int(args[0], &fd) < 0 || posix_as_int(args[1], &inh) < 0)
        return NULL;
    int flags = fcntl(fd, F_GETFD);
    if (flags < 0) return kr_err_from_errno(kr_exc_OSError);
    flags = inh ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
    if (fcntl(fd, F_SETFD, flags) < 0) return kr_err_from_errno(kr_exc_OSError);
    KR_RETURN_NONE;
}

static KrObject *posix_get_blocking(KrObject *m, KrObject *arg)
{
    int fd;
    if (posix_as_int(arg, &fd) < 0) return NULL;
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return kr_err_from_errno(kr_exc_OSError);
    return kr_bool_from(!(flags & O_NONBLOCK));
}

static KrObject *posix_set_blocking(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    int fd, blocking;
    if (kr_args_check_count("set_blocking", nargs, 2, 2) < 0 ||
        posix_as_int(args[0], &fd) < 0 || (blocking = kr_object_is_true(args[1])) < 0)
        return NULL;
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return kr_err_from_errno(kr_exc_OSError);
    flags = blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK;
    if (fcntl(fd, F_SETFL, flags) < 0) return kr_err_from_errno(kr_exc_OSError);
    KR_RETURN_NONE;
}

static KrObject *posix_device_encoding(KrObject *m, KrObject *const *args, ssize_t nargs,
                                       KrObject *kw)
{
    static const char *const names[] = { "fd", NULL };
    KrArgSpec spec = { "device_encoding", names, 0, 1, 1 };
    KrObject *a[1];
    int fd;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_as_int(a[0], &fd) < 0) return NULL;
    if (!isatty(fd)) KR_RETURN_NONE;
    return kr_str_from_cstr("UTF-8");
}

static KrObject *posix_get_terminal_size(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    int fd = 1;
    if (kr_args_check_count("get_terminal_size", nargs, 0, 1) < 0) return NULL;
    if (nargs == 1 && posix_as_int(args[0], &fd) < 0) return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) return kr_err_from_errno(kr_exc_OSError);
    KrObject *v[2] = { kr_int_from_i64(w.ws_col), kr_int_from_i64(w.ws_row) };
    return posix_structseq(terminal_size_type, v, 2);
}

/* ---- processes ---- */

static KrObject *posix_getpid(KrObject *m, KrObject *u) { return kr_int_from_i64(getpid()); }
static KrObject *posix_getppid(KrObject *m, KrObject *u) { return kr_int_from_i64(getppid()); }
static KrObject *posix_getuid(KrObject *m, KrObject *u) { return kr_int_from_i64(getuid()); }
static KrObject *posix_geteuid(KrObject *m, KrObject *u) { return kr_int_from_i64(geteuid()); }
static KrObject *posix_getgid(KrObject *m, KrObject *u) { return kr_int_from_i64(getgid()); }
static KrObject *posix_getegid(KrObject *m, KrObject *u) { return kr_int_from_i64(getegid()); }
static KrObject *posix_getpgrp(KrObject *m, KrObject *u) { return kr_int_from_i64(getpgrp()); }
static KrObject *posix_getsid(KrObject *m, KrObject *arg)
{
    int pid;
    if (kr_args_as_c_int(arg, &pid) < 0) return NULL;
    pid_t r = getsid(pid);
    if (r < 0) return kr_err_from_errno(kr_exc_OSError);
    return kr_int_from_i64(r);
}

static KrObject *posix_getgroups(KrObject *m, KrObject *u)
{
    gid_t groups[256];
    int n = getgroups(256, groups);
    if (n < 0) return kr_err_from_errno(kr_exc_OSError);
    KrObject *list = kr_list_new(0);
    for (int i = 0; list && i < n; i++) {
        KrObject *g = kr_int_from_i64(groups[i]);
        if (!g || kr_list_append(list, g) < 0) KR_CLEAR(list);
        KR_XDECREF(g);
    }
    return list;
}

static KrObject *posix_kill(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    int pid, sig;
    if (kr_args_check_count("kill", nargs, 2, 2) < 0 || kr_args_as_c_int(args[0], &pid) < 0 ||
        posix_as_int(args[1], &sig) < 0)
        return NULL;
    if (kill(pid, sig) < 0) return kr_err_from_errno(kr_exc_OSError);
    KR_RETURN_NONE;
}

static KrObject *posix__exit(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "status", NULL };
    KrArgSpec spec = { "_exit", names, 0, 1, 1 };
    KrObject *a[1];
    int status;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_as_int(a[0], &status) < 0)
        return NULL;
    _exit(status);
}

static KrObject *posix_umask(KrObject *m, KrObject *arg)
{
    int mask;
    if (posix_as_int(arg, &mask) < 0) return NULL;
    return kr_int_from_i64(umask((mode_t)mask));
}

static KrObject *posix_strerror(KrObject *m, KrObject *arg)
{
    int code;
    if (posix_as_int(arg, &code) < 0) return NULL;
    const char *s = strerror(code);
    return kr_str_from_utf8_surrogateescape(s, (ssize_t)strlen(s));
}

static KrObject *posix_urandom(KrObject *m, KrObject *arg)
{
    int64_t n;
    if (posix_as_size(arg, &n) < 0) return NULL;
    if (n < 0) {
        kr_err_set_string(kr_exc_ValueError, "negative argument not allowed");
        return NULL;
    }
    KrObject *b = kr_bytes_from(NULL, (ssize_t)n);
    if (!b) return NULL;
    ssize_t done = 0;
    while (done < n) {
        ssize_t r = getrandom(KR_BYTES_DATA(b) + done, (size_t)(n - done), 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            KR_DECREF(b);
            return kr_err_from_errno(kr_exc_OSError);
        }
        done += r;
    }
    return b;
}

static KrObject *posix_uname(KrObject *m, KrObject *u)
{
    struct utsname n;
    if (uname(&n) < 0) return kr_err_from_errno(kr_exc_OSError);
    KrObject *v[5] = { posix_name(n.sysname, -1, 0), posix_name(n.nodename, -1, 0),
                       posix_name(n.release, -1, 0), posix_name(n.version, -1, 0),
                       posix_name(n.machine, -1, 0) };
    return posix_structseq(uname_result_type, v, 5);
}

static KrObject *posix_times(KrObject *m, KrObject *u)
{
    struct tms t;
    clock_t c = times(&t);
    if (c == (clock_t)-1) return kr_err_from_errno(kr_exc_OSError);
    double tick = (double)sysconf(_SC_CLK_TCK);
    KrObject *v[5] = { kr_float_from_double(t.tms_utime / tick),
                       kr_float_from_double(t.tms_stime / tick),
                       kr_float_from_double(t.tms_cutime / tick),
                       kr_float_from_double(t.tms_cstime / tick),
                       kr_float_from_double(c / tick) };
    return posix_structseq(times_result_type, v, 5);
}

static KrObject *posix_cpu_count(KrObject *m, KrObject *u)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) KR_RETURN_NONE;
    return kr_int_from_i64(n);
}

static KrObject *posix_waitstatus_to_exitcode(KrObject *m, KrObject *const *args, ssize_t nargs,
                                              KrObject *kw)
{
    static const char *const names[] = { "status", NULL };
    KrArgSpec spec = { "waitstatus_to_exitcode", names, 0, 1, 1 };
    KrObject *a[1];
    int status;
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0 || posix_as_int(a[0], &status) < 0)
        return NULL;
    if (WIFEXITED(status)) return kr_int_from_i64(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return kr_int_from_i64(-WTERMSIG(status));
    if (WIFSTOPPED(status))
        return kr_err_format(kr_exc_ValueError, "process stopped by delivery of signal %d",
                             WSTOPSIG(status));
    return kr_err_format(kr_exc_ValueError, "invalid wait status: %d", status);
}

/* ---- environment ---- */

/* name/value for putenv/unsetenv (PyUnicode_FSConverter): str
 * (fs-encoded), bytes or PathLike -> new bytes without NUL, or NULL. */
static KrObject *env_arg(KrObject *o)
{
    KrObject *v = kr_posix_fspath(o);
    if (!v) return NULL;
    if (KR_STR_CHECK(v)) {
        KrObject *b = kr_str_encode(v, "utf-8", "surrogateescape");
        KR_DECREF(v);
        if (!b) return NULL;
        v = b;
    }
    if ((ssize_t)strlen(KR_BYTES_DATA(v)) != KR_BYTES_LEN(v)) {
        KR_DECREF(v);
        kr_err_set_string(kr_exc_ValueError, "embedded null byte");
        return NULL;
    }
    return v;
}

static KrObject *posix_putenv(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("putenv", nargs, 2, 2) < 0) return NULL;
    KrObject *n = env_arg(args[0]), *v = n ? env_arg(args[1]) : NULL, *r = NULL;
    if (v) {
        if (strchr(KR_BYTES_DATA(n), '='))
            kr_err_set_string(kr_exc_ValueError, "illegal environment variable name");
        else if (setenv(KR_BYTES_DATA(n), KR_BYTES_DATA(v), 1) < 0)
            kr_err_from_errno(kr_exc_OSError);
        else
            r = kr_newref(KR_NONE);
    }
    KR_XDECREF(n);
    KR_XDECREF(v);
    return r;
}

static KrObject *posix_unsetenv(KrObject *m, KrObject *arg)
{
    KrObject *n = env_arg(arg), *r = NULL;
    if (n) {
        if (unsetenv(KR_BYTES_DATA(n)) < 0) kr_err_from_errno(kr_exc_OSError);
        else r = kr_newref(KR_NONE);
    }
    KR_XDECREF(n);
    return r;
}

static KrObject *posix_environ_dict(void)
{
    KrObject *d = kr_dict_new();
    if (!d) return NULL;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq) continue;
        KrObject *k = kr_bytes_from(*e, eq - *e);
        KrObject *v = k ? kr_bytes_from_cstr(eq + 1) : NULL;
        int rc = -1;
        if (v) {
            rc = 0;
            if (!kr_dict_get_item_borrow(d, k)) {
                if (kr_err_occurred()) rc = -1;
                else rc = kr_dict_set_item(d, k, v);
            }
        }
        KR_XDECREF(k);
        KR_XDECREF(v);
        if (rc < 0) {
            KR_DECREF(d);
            return NULL;
        }
    }
    return d;
}

static KrObject *posix_fspath_func(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", NULL };
    KrArgSpec spec = { "fspath", names, 0, 1, 1 };
    KrObject *a[1];
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0) return NULL;
    return kr_posix_fspath(a[0]);
}

/* ---- fork / exec / wait ---- */

/* Callables registered with os.register_at_fork: lists, made on first use.
 * `before` hooks run last-registered first; the others in order. An
 * exception in a hook is reported as unraisable, as CPython does. */
static KrObject *atfork_before, *atfork_child, *atfork_parent;

static void atfork_run(KrObject *list, int reverse)
{
    if (!list) return;
    ssize_t n = KR_SIZE(list);
    for (ssize_t k = 0; k < n && k < KR_SIZE(list); k++) {
        ssize_t i = reverse ? KR_SIZE(list) - 1 - k : k;
        if (i < 0) break;
        KrObject *f = kr_newref(KR_LIST_GET(list, i));
        KrObject *r = kr_object_call_noargs(f);
        if (r) KR_DECREF(r);
        else kr_err_write_unraisable(f);
        KR_DECREF(f);
    }
}

static KrObject *posix_register_at_fork(KrObject *m, KrObject *const *args, ssize_t nargs,
                                        KrObject *kwnames)
{
    static const char *const names[] = { "before", "after_in_child", "after_in_parent", NULL };
    static const KrArgSpec spec = { "register_at_fork", names, 0, 0, 0 };
    KrObject *out[3] = { NULL, NULL, NULL };
    KrObject **lists[3] = { &atfork_before, &atfork_child, &atfork_parent };
    if (nargs > 0)
        return kr_err_format(kr_exc_TypeError, "register_at_fork() takes no positional arguments");
    if (kr_args_parse(&spec, args, nargs, kwnames, out) < 0) return NULL;
    if (!out[0] && !out[1] && !out[2])
        return kr_err_format(kr_exc_TypeError, "At least one argument is required.");
    for (int i = 0; i < 3; i++)
        if (out[i] && !kr_callable_check(out[i]))
            return kr_err_format(kr_exc_TypeError, "'%s' must be callable, not %T", names[i], out[i]);
    for (int i = 0; i < 3; i++) {
        if (!out[i]) continue;
        if (!*lists[i] && !(*lists[i] = kr_list_new(0))) return NULL;
        if (kr_list_append(*lists[i], out[i]) < 0) return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *posix_fork(KrObject *m, KrObject *unused)
{
    atfork_run(atfork_before, 1);
    pid_t pid = fork();
    if (pid < 0) return kr_err_from_errno(kr_exc_OSError);
    atfork_run(pid == 0 ? atfork_child : atfork_parent, 0);
    return kr_int_from_i64(pid);
}

static KrObject *wait_result(pid_t pid, int status)
{
    KrObject *a = kr_int_from_i64(pid), *b = kr_int_from_i64(status);
    KrObject *r = a && b ? kr_tuple_pack(2, a, b) : NULL;
    KR_XDECREF(a);
    KR_XDECREF(b);
    return r;
}

static KrObject *posix_waitpid(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    int pid, options, status = 0;
    if (kr_args_check_count("waitpid", nargs, 2, 2) < 0 || kr_args_as_c_int(args[0], &pid) < 0 ||
        posix_as_int(args[1], &options) < 0)
        return NULL;
    pid_t r;
    do r = waitpid(pid, &status, options);
    while (r < 0 && errno == EINTR);
    if (r < 0) return kr_err_from_errno(kr_exc_OSError);
    return wait_result(r, status);
}

static KrObject *posix_wait(KrObject *m, KrObject *unused)
{
    int status = 0;
    pid_t r;
    do r = wait(&status);
    while (r < 0 && errno == EINTR);
    if (r < 0) return kr_err_from_errno(kr_exc_OSError);
    return wait_result(r, status);
}

/* A NULL-terminated array of fs-encoded strings from a list/tuple; the
 * bytes objects are kept in *keep (a list). NULL + exception on failure. */
static char **exec_argv(KrObject *seq, KrObject *keep)
{
    ssize_t n = KR_SIZE(seq);
    char **v = calloc((size_t)n + 1, sizeof *v);
    if (!v) return (char **)kr_err_no_memory();
    for (ssize_t i = 0; i < n; i++) {
        KrObject *item = KR_LIST_CHECK(seq) ? KR_LIST_GET(seq, i) : KR_TUPLE_GET(seq, i);
        KrObject *b = env_arg(item);
        if (!b || kr_list_append(keep, b) < 0) {
            KR_XDECREF(b);
            free(v);
            return NULL;
        }
        v[i] = KR_BYTES_DATA(b);
        KR_DECREF(b);
    }
    return v;
}

static char **exec_envp(KrObject *env, KrObject *keep)
{
    KrObject *keys = kr_mapping_keys(env);
    KrObject *vals = NULL;
    if (keys) {
        KrObject *view = kr_object_call_method_str(env, "values", NULL, 0);
        vals = view ? kr_sequence_list(view) : NULL;
        KR_XDECREF(view);
    }
    if (!vals) {
        KR_XDECREF(keys);
        return NULL;
    }
    char **v = NULL;
    if (!KR_LIST_CHECK(keys) || !KR_LIST_CHECK(vals) || KR_SIZE(keys) != KR_SIZE(vals)) {
        kr_err_set_string(kr_exc_TypeError, "env.keys() or env.values() is not a list");
        goto out;
    }
    ssize_t n = KR_SIZE(keys);
    if (!(v = calloc((size_t)n + 1, sizeof *v))) {
        kr_err_no_memory();
        goto out;
    }
    for (ssize_t i = 0; i < n; i++) {
        KrObject *k = env_arg(KR_LIST_GET(keys, i));
        KrObject *val = k ? env_arg(KR_LIST_GET(vals, i)) : NULL, *joined = NULL;
        if (val && (KR_BYTES_LEN(k) == 0 || strchr(KR_BYTES_DATA(k) + 1, '=')))
            kr_err_set_string(kr_exc_ValueError, "illegal environment variable name");
        else if (val)
            joined = kr_bytes_from(NULL, KR_BYTES_LEN(k) + 1 + KR_BYTES_LEN(val));
        if (joined) {
            memcpy(KR_BYTES_DATA(joined), KR_BYTES_DATA(k), (size_t)KR_BYTES_LEN(k));
            KR_BYTES_DATA(joined)[KR_BYTES_LEN(k)] = '=';
            memcpy(KR_BYTES_DATA(joined) + KR_BYTES_LEN(k) + 1, KR_BYTES_DATA(val),
                   (size_t)KR_BYTES_LEN(val));
            if (kr_list_append(keep, joined) < 0) KR_CLEAR(joined);
        }
        KR_XDECREF(k);
        KR_XDECREF(val);
        if (!joined) {
            free(v);
            v = NULL;
            goto out;
        }
        v[i] = KR_BYTES_DATA(joined);   /* kept alive by keep */
        KR_DECREF(joined);
    }
out:
    KR_DECREF(keys);
    KR_DECREF(vals);
    return v;
}

static KrObject *posix_exec_impl(const char *fname, KrObject *path, KrObject *argv, KrObject *env)
{
    int is_e = env != NULL;
    if (!KR_LIST_CHECK(argv) && !KR_TUPLE_CHECK(argv))
        return kr_err_format(kr_exc_TypeError, is_e ? "execve: argv must be a tuple or list"
                                                    : "execv() arg 2 must be a tuple or list");
    if (KR_SIZE(argv) < 1)
        return kr_err_format(kr_exc_ValueError, is_e ? "execve: argv must not be empty"
                                                     : "execv() arg 2 must not be empty");
    if (is_e && !kr_mapping_check(env))
        return kr_err_format(kr_exc_TypeError, "execve: environment must be a mapping object");
    KrPosixPath p = { .func = fname, .arg = "path", .allow_fd = is_e };
    KrObject *keep = kr_list_new(0);
    char **av = NULL, **ev = NULL;
    if (!keep || kr_posix_path_convert(&p, path) < 0) goto done;
    if (!(av = exec_argv(argv, keep))) goto done;
    if (!av[0][0]) {
        kr_err_format(kr_exc_ValueError, is_e ? "execve: argv first element cannot be empty"
                                              : "execv() arg 2 first element cannot be empty");
        goto done;
    }
    if (is_e && !(ev = exec_envp(env, keep))) goto done;
    if (is_e) {
        if (p.narrow) execve(p.narrow, av, ev);
        else fexecve(p.fd, av, ev);
    } else {
        execv(p.narrow, av);
    }
    if (is_e) path_error(&p);      /* execve names the file, execv does not */
    else kr_err_from_errno(kr_exc_OSError);
done:
    free(av);
    free(ev);
    KR_XDECREF(keep);
    kr_posix_path_clean(&p);
    return NULL;
}

static KrObject *posix_execv(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("execv", nargs, 2, 2) < 0) return NULL;
    return posix_exec_impl("execv", args[0], args[1], NULL);
}

static KrObject *posix_execve(KrObject *m, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    static const char *const names[] = { "path", "argv", "env", NULL };
    KrArgSpec spec = { "execve", names, 0, 3, 3 };
    KrObject *a[3];
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0) return NULL;
    return posix_exec_impl("execve", a[0], a[1], a[2]);
}

/* ---- the module ---- */

#define FASTKW(name, fn, doc) { name, (void *)fn, KR_METH_FASTCALL | KR_METH_KEYWORDS, doc }
#define FAST(name, fn, doc) { name, (void *)fn, KR_METH_FASTCALL, doc }
#define ONE(name, fn, doc) { name, (void *)fn, KR_METH_O, doc }
#define NOARGS(name, fn, doc) { name, (void *)fn, KR_METH_NOARGS, doc }

static KrMethodDef posix_methods[] = {
    FASTKW("stat", posix_stat, "Perform a stat system call on the given path."),
    FASTKW("lstat", posix_lstat, "Perform a stat system call on the given path, without following symbolic links."),
    FASTKW("fstat", posix_fstat, "Perform a stat system call on the given file descriptor."),
    NOARGS("getcwd", posix_getcwd, "Return a unicode string representing the current working directory."),
    NOARGS("getcwdb", posix_getcwdb, "Return a bytes string representing the current working directory."),
    FASTKW("chdir", posix_chdir, "Change the current working directory to the specified path."),
    ONE("fchdir", posix_fchdir, "Change to the directory of the given file descriptor."),
    FASTKW("listdir", posix_listdir, "Return a list containing the names of the files in the directory."),
    FASTKW("scandir", kr_posix_scandir, "Return an iterator of DirEntry objects for given path."),
    FASTKW("mkdir", posix_mkdir, "Create a directory."),
    FASTKW("rmdir", posix_rmdir, "Remove a directory."),
    FASTKW("unlink", posix_unlink, "Remove a file (same as remove())."),
    FASTKW("remove", posix_remove, "Remove a file (same as unlink())."),
    FASTKW("rename", posix_rename, "Rename a file or directory."),
    FASTKW("replace", posix_replace, "Rename a file or directory, overwriting the destination."),
    FASTKW("access", posix_access, "Use the real uid/gid to test for access to a path."),
    FASTKW("readlink", posix_readlink, "Return a string representing the path to which the symbolic link points."),
    FASTKW("symlink", posix_symlink, "Create a symbolic link pointing to src named dst."),
    FASTKW("chmod", posix_chmod, "Change the access permissions of a file."),
    FASTKW("link", posix_link, "Create a hard link to a file."),
    FASTKW("truncate", posix_truncate, "Truncate a file, specified by path, to a specific length."),
    FASTKW("utime", posix_utime, "Set the access and modified time of path."),
    NOARGS("fork", posix_fork, "Fork a child process."),
    FASTKW("register_at_fork", posix_register_at_fork,
           "Register callables to be called when forking a new process."),
    FAST("waitpid", posix_waitpid, "Wait for completion of a given child process."),
    NOARGS("wait", posix_wait, "Wait for completion of a child process."),
    FAST("execv", posix_execv, "Execute an executable path with arguments, replacing current process."),
    FASTKW("execve", posix_execve, "Execute an executable path with arguments, replacing current process."),
    FASTKW("WIFEXITED", posix_WIFEXITED, "Return True if the process returning status exited via the exit() system call."),
    FASTKW("WEXITSTATUS", posix_WEXITSTATUS, "Return the process return code from status."),
    FASTKW("WIFSIGNALED", posix_WIFSIGNALED, "Return True if the process returning status was terminated by a signal."),
    FASTKW("WTERMSIG", posix_WTERMSIG, "Return the signal that terminated the process that provided the status value."),
    FASTKW("WIFSTOPPED", posix_WIFSTOPPED, "Return True if the process returning status was stopped."),
    FASTKW("WSTOPSIG", posix_WSTOPSIG, "Return the signal that stopped the process that provided the status value."),
    FASTKW("WCOREDUMP", posix_WCOREDUMP, "Return True if the process returning status was dumped to a core file."),
    FASTKW("WIFCONTINUED", posix_WIFCONTINUED, "Return True if a particular process was continued from a job control stop."),
    FASTKW("open", posix_open, "Open a file for low level IO.  Returns a file descriptor (integer)."),
    FASTKW("close", posix_close, "Close a file descriptor."),
    FAST("closerange", posix_closerange, "Closes all file descriptors in [fd_low, fd_high), ignoring errors."),
    FAST("read", posix_read, "Read from a file descriptor.  Returns a bytes object."),
    FAST("write", posix_write, "Write a bytes object to a file descriptor."),
    FAST("lseek", posix_lseek, "Set the position of a file descriptor.  Return the new position."),
    ONE("fsync", posix_fsync, "Force write of fd to disk."),
    FAST("ftruncate", posix_ftruncate, "Truncate a file, specified by file descriptor, to a specific length."),
    ONE("isatty", posix_isatty, "Return True if the fd is connected to a terminal."),
    ONE("dup", posix_dup, "Return a duplicate of a file descriptor."),
    FASTKW("dup2", posix_dup2, "Duplicate file descriptor."),
    NOARGS("pipe", posix_pipe, "Create a pipe."),
    ONE("get_inheritable", posix_get_inheritable, "Get the close-on-exe flag of the specified file descriptor."),
    FAST("set_inheritable", posix_set_inheritable, "Set the inheritable flag of the specified file descriptor."),
    ONE("get_blocking", posix_get_blocking, "Get the blocking mode of the file descriptor."),
    FAST("set_blocking", posix_set_blocking, "Set the blocking mode of the specified file descriptor."),
    FASTKW("device_encoding", posix_device_encoding, "Return a string describing the encoding of a terminal's file descriptor."),
    FAST("get_terminal_size", posix_get_terminal_size, "Return the size of the terminal window as (columns, lines)."),
    NOARGS("getpid", posix_getpid, "Return the current process id."),
    NOARGS("getppid", posix_getppid, "Return the parent's process id."),
    NOARGS("getuid", posix_getuid, "Return the current process's user id."),
    NOARGS("geteuid", posix_geteuid, "Return the current process's effective user id."),
    NOARGS("getgid", posix_getgid, "Return the current process's group id."),
    NOARGS("getegid", posix_getegid, "Return the current process's effective group id."),
    NOARGS("getpgrp", posix_getpgrp, "Return the current process group id."),
    ONE("getsid", posix_getsid, "Call the system call getsid(pid) and return the result."),
    NOARGS("getgroups", posix_getgroups, "Return list of supplemental group IDs for the process."),
    FAST("kill", posix_kill, "Kill a process with a signal."),
    FASTKW("_exit", posix__exit, "Exit to the system with specified status, without normal exit processing."),
    ONE("umask", posix_umask, "Set the current numeric umask and return the previous umask."),
    ONE("strerror", posix_strerror, "Translate an error code to a message string."),
    ONE("urandom", posix_urandom, "Return a bytes object containing random bytes suitable for cryptographic use."),
    NOARGS("uname", posix_uname, "Return an object identifying the current operating system."),
    NOARGS("times", posix_times, "Return a collection containing process timing information."),
    NOARGS("cpu_count", posix_cpu_count, "Return the number of CPUs in the system; return None if indeterminable."),
    FASTKW("waitstatus_to_exitcode", posix_waitstatus_to_exitcode, "Convert a wait status to an exit code."),
    FAST("putenv", posix_putenv, "Change or add an environment variable."),
    ONE("unsetenv", posix_unsetenv, "Delete an environment variable."),
    FASTKW("fspath", posix_fspath_func, "Return the file system path representation of the object."),
    { NULL, NULL, 0, NULL },
};

static const struct { const char *name; long value; } posix_constants[] = {
    { "F_OK", F_OK }, { "R_OK", R_OK }, { "W_OK", W_OK }, { "X_OK", X_OK },
    { "O_RDONLY", O_RDONLY }, { "O_WRONLY", O_WRONLY }, { "O_RDWR", O_RDWR },
    { "O_APPEND", O_APPEND }, { "O_CREAT", O_CREAT }, { "O_EXCL", O_EXCL },
    { "O_TRUNC", O_TRUNC }, { "O_NONBLOCK", O_NONBLOCK }, { "O_NDELAY", O_NDELAY },
    { "O_SYNC", O_SYNC }, { "O_DSYNC", O_DSYNC }, { "O_RSYNC", O_RSYNC },
    { "O_NOCTTY", O_NOCTTY }, { "O_CLOEXEC", O_CLOEXEC }, { "O_DIRECTORY", O_DIRECTORY },
    { "O_NOFOLLOW", O_NOFOLLOW }, { "O_ACCMODE", O_ACCMODE }, { "O_ASYNC", O_ASYNC },
    { "O_DIRECT", O_DIRECT }, { "O_LARGEFILE", O_LARGEFILE }, { "O_NOATIME", O_NOATIME },
    { "O_PATH", O_PATH }, { "O_TMPFILE", O_TMPFILE },
    { "SEEK_DATA", SEEK_DATA }, { "SEEK_HOLE", SEEK_HOLE },
    { "WNOHANG", WNOHANG }, { "WUNTRACED", WUNTRACED }, { "WCONTINUED", WCONTINUED },
    { "WEXITED", WEXITED }, { "WSTOPPED", WSTOPPED }, { "WNOWAIT", WNOWAIT },
    { "EX_OK", EX_OK }, { "EX_USAGE", EX_USAGE }, { "EX_DATAERR", EX_DATAERR },
    { "EX_NOINPUT", EX_NOINPUT }, { "EX_NOUSER", EX_NOUSER }, { "EX_NOHOST", EX_NOHOST },
    { "EX_UNAVAILABLE", EX_UNAVAILABLE }, { "EX_SOFTWARE", EX_SOFTWARE },
    { "EX_OSERR", EX_OSERR }, { "EX_OSFILE", EX_OSFILE }, { "EX_CANTCREAT", EX_CANTCREAT },
    { "EX_IOERR", EX_IOERR }, { "EX_TEMPFAIL", EX_TEMPFAIL }, { "EX_PROTOCOL", EX_PROTOCOL },
    { "EX_NOPERM", EX_NOPERM }, { "EX_CONFIG", EX_CONFIG },
    { "F_LOCK", F_LOCK }, { "F_TLOCK", F_TLOCK }, { "F_ULOCK", F_ULOCK }, { "F_TEST", F_TEST },
};

/* The HAVE_* names of the features this module implements (os.py builds
 * supports_dir_fd / supports_fd / supports_follow_symlinks from them). */
static const char *const posix_have_functions[] = {
    "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FEXECVE", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FSTATAT",
    "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LINKAT", "HAVE_LSTAT", "HAVE_MKDIRAT",
    "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT",
    "HAVE_UTIMENSAT", NULL,
};

static int posix_exec(KrObject *m)
{
    for (size_t i = 0; i < sizeof posix_constants / sizeof posix_constants[0]; i++)
        if (kr_module_add_int(m, posix_constants[i].name, posix_constants[i].value) < 0) return -1;
    if (!stat_result_type) {
        if (!(stat_result_type = kr_structseq_new_type(&stat_result_desc))) return -1;
        /* st_atime & co. read the float fields 10..12, not the ints 7..9 */
        for (int i = 0; i < 3; i++) {
            KrObject *d = kr_descr_new_member(stat_result_type, &stat_float_members[i]);
            if (!d || kr_dict_set_item_str(stat_result_type->tp_dict, stat_float_members[i].name,
                                           d) < 0) {
                KR_XDECREF(d);
                return -1;
            }
            KR_DECREF(d);
        }
        structseq_tp_new = stat_result_type->tp_new;
        stat_result_type->tp_new = stat_result_new;
        kr_type_modified(stat_result_type);
    }
    if (!uname_result_type && !(uname_result_type = kr_structseq_new_type(&uname_desc)))
        return -1;
    if (!terminal_size_type &&
        !(terminal_size_type = kr_structseq_new_type(&terminal_size_desc)))
        return -1;
    if (!times_result_type && !(times_result_type = kr_structseq_new_type(&times_desc)))
        return -1;
    if (kr_module_add_steal(m, "stat_result", kr_newref(stat_result_type)) < 0 ||
        kr_module_add_steal(m, "uname_result", kr_newref(uname_result_type)) < 0 ||
        kr_module_add_steal(m, "terminal_size", kr_newref(terminal_size_type)) < 0 ||
        kr_module_add_steal(m, "times_result", kr_newref(times_result_type)) < 0)
        return -1;
    if (kr_module_add_steal(m, "error", kr_newref(kr_exc_OSError)) < 0) return -1;
    KrObject *env = posix_environ_dict();
    if (!env || kr_module_add_steal(m, "environ", env) < 0) return -1;
    KrObject *have = kr_list_new(0);
    for (int i = 0; have && posix_have_functions[i]; i++) {
        KrObject *s = kr_str_from_cstr(posix_have_functions[i]);
        if (!s || kr_list_append(have, s) < 0) KR_CLEAR(have);
        KR_XDECREF(s);
    }
    if (!have || kr_module_add_steal(m, "_have_functions", have) < 0) return -1;
    return kr_posix_scandir_init(m);
}

KrModuleDef kr_posixmodule_def = {
    .name = "posix",
    .doc = "This module provides access to operating system functionality that is\n"
           "standardized by the C Standard and the POSIX standard (a thinly\n"
           "disguised Unix interface).  Refer to the library manual and\n"
           "corresponding Unix manual entries for more information on calls.",
    .methods = posix_methods,
    .exec = posix_exec,
};
