/* posix_scandir.c — posix.scandir(): the ScandirIterator (a context
 * manager over an open directory) and DirEntry with cached stat results. */
#include "posix_scandir.h"
#include "../objects/args.h"
#include "../objects/bytes.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/err.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    KrObject ob_base;
    KrObject *name;       /* str or bytes */
    KrObject *path;       /* str or bytes */
    KrObject *stat;       /* cached stat(follow_symlinks=True), or NULL */
    KrObject *lstat;      /* cached lstat, or NULL */
    unsigned char d_type;
    ino_t d_ino;
    int dir_fd;           /* fd given to scandir(fd), else -1 */
} KrDirEntry;

typedef struct {
    KrObject ob_base;
    DIR *dir;
    KrObject *prefix;     /* bytes: the directory path ("" for an fd) */
    int is_bytes;
    int fd;               /* scandir(fd): the fd given, else -1 */
} KrScandirIter;

static KrTypeObject direntry_type, scandir_iter_type;

/* ---- DirEntry ---- */

static void direntry_dealloc(KrObject *o)
{
    KrDirEntry *e = (KrDirEntry *)o;
    KR_CLEAR(e->name);
    KR_CLEAR(e->path);
    KR_CLEAR(e->stat);
    KR_CLEAR(e->lstat);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *direntry_repr(KrObject *o)
{
    return kr_str_from_format("<DirEntry %R>", ((KrDirEntry *)o)->name);
}

/* stat of the entry's path (or of name relative to dir_fd). */
static KrObject *direntry_fetch_stat(KrDirEntry *e, int follow)
{
    KrPosixPath p = { .func = "stat", .arg = "path" };
    if (kr_posix_path_convert(&p, e->path) < 0) {
        kr_posix_path_clean(&p);
        return NULL;
    }
    struct stat st;
    int rc = e->dir_fd >= 0 ? fstatat(e->dir_fd, p.narrow, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW)
                            : fstatat(AT_FDCWD, p.narrow, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    KrObject *r = rc < 0 ? kr_err_from_errno_filename(kr_exc_OSError, e->path)
                         : kr_posix_stat_result(&st);
    kr_posix_path_clean(&p);
    return r;
}

static KrObject *direntry_get_lstat(KrDirEntry *e)
{
    if (!e->lstat && !(e->lstat = direntry_fetch_stat(e, 0))) return NULL;
    return kr_newref(e->lstat);
}

static int direntry_test_mode(KrDirEntry *e, int follow, mode_t want);

static int direntry_is_symlink_impl(KrDirEntry *e)
{
    if (e->d_type != DT_UNKNOWN) return e->d_type == DT_LNK;
    return direntry_test_mode(e, 0, S_IFLNK);
}

static KrObject *direntry_get_stat(KrDirEntry *e, int follow)
{
    if (!follow) return direntry_get_lstat(e);
    if (!e->stat) {
        int link = direntry_is_symlink_impl(e);
        if (link < 0) return NULL;
        if (link) {
            if (!(e->stat = direntry_fetch_stat(e, 1))) return NULL;
        } else {
            if (!e->lstat && !(e->lstat = direntry_fetch_stat(e, 0))) return NULL;
            e->stat = kr_newref(e->lstat);
        }
    }
    return kr_newref(e->stat);
}

/* 1/0 whether the entry's file type is want; a missing file is 0. */
static int direntry_test_mode(KrDirEntry *e, int follow, mode_t want)
{
    int need_stat = e->d_type == DT_UNKNOWN || (follow && e->d_type == DT_LNK);
    if (!need_stat) {
        unsigned char t = want == S_IFDIR ? DT_DIR : want == S_IFREG ? DT_REG : DT_LNK;
        return e->d_type == t;
    }
    KrObject *st = direntry_get_stat(e, follow);
    if (!st) {
        if (kr_err_matches(kr_exc_FileNotFoundError)) {
            kr_err_clear();
            return 0;
        }
        return -1;
    }
    KrObject *mode_obj = KR_TUPLE_GET(st, 0);
    int64_t mode = kr_int_as_i64(mode_obj);
    KR_DECREF(st);
    if (mode == -1 && kr_err_occurred()) return -1;
    return ((mode_t)mode & S_IFMT) == want;
}

static int direntry_follow_arg(const char *fname, KrObject *const *args, ssize_t nargs,
                               KrObject *kw, int *follow)
{
    static const char *const names[] = { "follow_symlinks", NULL };
    KrArgSpec spec = { fname, names, 0, 0, 0 };
    KrObject *a[1] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kw, a) < 0) return -1;
    *follow = 1;
    if (a[0] && (*follow = kr_object_is_true(a[0])) < 0) return -1;
    return 0;
}

static KrObject *direntry_is_dir(KrObject *o, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    int follow, r;
    if (direntry_follow_arg("is_dir", args, nargs, kw, &follow) < 0) return NULL;
    if ((r = direntry_test_mode((KrDirEntry *)o, follow, S_IFDIR)) < 0) return NULL;
    return kr_bool_from(r);
}

static KrObject *direntry_is_file(KrObject *o, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    int follow, r;
    if (direntry_follow_arg("is_file", args, nargs, kw, &follow) < 0) return NULL;
    if ((r = direntry_test_mode((KrDirEntry *)o, follow, S_IFREG)) < 0) return NULL;
    return kr_bool_from(r);
}

static KrObject *direntry_is_symlink(KrObject *o, KrObject *const *args, ssize_t nargs,
                                     KrObject *kw)
{
    if (nargs > 0 || (kw && KR_SIZE(kw) > 0))
        return kr_err_format(kr_exc_TypeError, "is_symlink() takes no arguments");
    int r = direntry_is_symlink_impl((KrDirEntry *)o);
    if (r < 0) return NULL;
    return kr_bool_from(r);
}

static KrObject *direntry_stat(KrObject *o, KrObject *const *args, ssize_t nargs, KrObject *kw)
{
    int follow;
    if (direntry_follow_arg("stat", args, nargs, kw, &follow) < 0) return NULL;
    return direntry_get_stat((KrDirEntry *)o, follow);
}

static KrObject *direntry_inode(KrObject *o, KrObject *unused)
{
    return kr_int_from_u64(((KrDirEntry *)o)->d_ino);
}

static KrObject *direntry_fspath(KrObject *o, KrObject *unused)
{
    return kr_newref(((KrDirEntry *)o)->path);
}

static KrMethodDef direntry_methods[] = {
    { "is_dir", (void *)direntry_is_dir, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return True if the entry is a directory; cached per entry." },
    { "is_file", (void *)direntry_is_file, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return True if the entry is a file; cached per entry." },
    { "is_symlink", (void *)direntry_is_symlink, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return True if the entry is a symbolic link; cached per entry." },
    { "stat", (void *)direntry_stat, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Return stat_result object for the entry; cached per entry." },
    { "inode", (void *)direntry_inode, KR_METH_NOARGS, "Return inode of the entry; cached per entry." },
    { "__fspath__", (void *)direntry_fspath, KR_METH_NOARGS,
      "Returns the path for the entry." },
    { NULL, NULL, 0, NULL },
};

static KrMemberDef direntry_members[] = {
    { "name", KR_T_OBJECT, offsetof(KrDirEntry, name), KR_READONLY,
      "the entry's base filename, relative to scandir() \"path\" argument" },
    { "path", KR_T_OBJECT, offsetof(KrDirEntry, path), KR_READONLY,
      "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)" },
    { NULL, 0, 0, 0, NULL },
};

static KrTypeObject direntry_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "posix.DirEntry",
    .tp_basicsize = sizeof(KrDirEntry),
    .tp_dealloc = direntry_dealloc,
    .tp_repr = direntry_repr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_methods = direntry_methods,
    .tp_members = direntry_members,
    .tp_free = kr_object_free,
};

/* ---- ScandirIterator ---- */

static void scandir_close_dir(KrScandirIter *it)
{
    if (!it->dir) return;
    closedir(it->dir);   /* for scandir(fd) this closes our dup */
    it->dir = NULL;
}

static void scandir_iter_dealloc(KrObject *o)
{
    KrScandirIter *it = (KrScandirIter *)o;
    scandir_close_dir(it);
    KR_CLEAR(it->prefix);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *scandir_iter_next(KrObject *o)
{
    KrScandirIter *it = (KrScandirIter *)o;
    while (it->dir) {
        errno = 0;
        struct dirent *d = readdir(it->dir);
        if (!d) {
            if (errno) {
                kr_err_from_errno(kr_exc_OSError);
                scandir_close_dir(it);
                return NULL;
            }
            scandir_close_dir(it);
            return NULL;
        }
        const char *n = d->d_name;
        if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
        KrDirEntry *e = (KrDirEntry *)kr_object_alloc(&direntry_type, 0);
        if (!e) return NULL;
        e->d_type = d->d_type;
        e->d_ino = d->d_ino;
        e->dir_fd = it->fd;
        size_t nlen = strlen(n), plen = (size_t)KR_BYTES_LEN(it->prefix);
        const char *pre = KR_BYTES_DATA(it->prefix);
        int sep = plen > 0 && pre[plen - 1] != '/';
        KrObject *full = kr_bytes_from(NULL, (ssize_t)(plen + sep + nlen));
        if (full) {
            memcpy(KR_BYTES_DATA(full), pre, plen);
            if (sep) KR_BYTES_DATA(full)[plen] = '/';
            memcpy(KR_BYTES_DATA(full) + plen + sep, n, nlen);
        }
        if (it->is_bytes) {
            e->name = kr_bytes_from(n, (ssize_t)nlen);
            e->path = full;
        } else {
            e->name = kr_str_from_utf8_surrogateescape(n, (ssize_t)nlen);
            e->path = full ? kr_str_from_utf8_surrogateescape(KR_BYTES_DATA(full),
                                                              KR_BYTES_LEN(full))
                           : NULL;
            KR_XDECREF(full);
        }
        if (!e->name || !e->path) {
            KR_DECREF(e);
            return NULL;
        }
        return (KrObject *)e;
    }
    return NULL;
}

static KrObject *scandir_iter_close(KrObject *o, KrObject *unused)
{
    scandir_close_dir((KrScandirIter *)o);
    KR_RETURN_NONE;
}

static KrObject *scandir_iter_enter(KrObject *o, KrObject *unused) { return kr_newref(o); }

static KrObject *scandir_iter_exit(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    scandir_close_dir((KrScandirIter *)o);
    KR_RETURN_NONE;
}

static KrMethodDef scandir_iter_methods[] = {
    { "close", (void *)scandir_iter_close, KR_METH_NOARGS, NULL },
    { "__enter__", (void *)scandir_iter_enter, KR_METH_NOARGS, NULL },
    { "__exit__", (void *)scandir_iter_exit, KR_METH_FASTCALL, NULL },
    { NULL, NULL, 0, NULL },
};

static KrTypeObject scandir_iter_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "posix.ScandirIterator",
    .tp_basicsize = sizeof(KrScandirIter),
    .tp_dealloc = scandir_iter_dealloc,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_DISALLOW_INSTANTIATION,
    .tp_iter = kr_object_self_iter,
    .tp_iternext = scandir_iter_next,
    .tp_methods = scandir_iter_methods,
    .tp_free = kr_object_free,
};

KrObject *kr_posix_scandir(KrObject *module, KrObject *const *args, ssize_t nargs,
                           KrObject *kwnames)
{
    static const char *const names[] = { "path", NULL };
    KrArgSpec spec = { "scandir", names, 0, 1, 0 };
    KrObject *a[1] = { NULL };
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    KrPosixPath p = { .func = "scandir", .arg = "path", .allow_fd = 1, .nullable = 1 };
    if (kr_posix_path_convert(&p, a[0]) < 0) {
        kr_posix_path_clean(&p);
        return NULL;
    }
    KrScandirIter *it = (KrScandirIter *)kr_object_alloc(&scandir_iter_type, 0);
    if (!it) {
        kr_posix_path_clean(&p);
        return NULL;
    }
    it->fd = -1;
    it->is_bytes = p.is_bytes;
    if (p.narrow || p.fd < 0) {
        const char *dirname = p.narrow ? p.narrow : ".";
        it->dir = opendir(dirname);
        it->prefix = kr_bytes_from_cstr(dirname);
    } else {
        int fd2 = dup(p.fd);
        it->dir = fd2 < 0 ? NULL : fdopendir(fd2);
        if (!it->dir && fd2 >= 0) { int err = errno; close(fd2); errno = err; }
        if (it->dir) rewinddir(it->dir);
        it->fd = p.fd;
        it->prefix = kr_bytes_from("", 0);
    }
    if (!it->dir) {
        kr_err_from_errno_filename(kr_exc_OSError, p.narrow ? p.object : KR_NONE);
        kr_posix_path_clean(&p);
        KR_DECREF(it);
        return NULL;
    }
    kr_posix_path_clean(&p);
    if (!it->prefix) {
        KR_DECREF(it);
        return NULL;
    }
    return (KrObject *)it;
}

int kr_posix_scandir_init(KrObject *module)
{
    if (kr_type_ready(&direntry_type) < 0 || kr_type_ready(&scandir_iter_type) < 0) return -1;
    return kr_module_add_steal(module, "DirEntry", kr_newref(&direntry_type));
}
