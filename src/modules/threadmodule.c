/* threadmodule.c — the _thread module for a process that has one thread
 * (krait has no threads yet): locks, RLocks, _local and the identity
 * functions behave as CPython 3.11's; start_new_thread raises a clear
 * RuntimeError, and a lock acquire that could only deadlock raises too. */
#include "threadmodule.h"
#include "timemodule.h"
#include "sys.h"
#include "../objects/abstract.h"
#include "../objects/args.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/float.h"
#include "../objects/str.h"
#include "../objects/structseq.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../objects/weakref.h"
#include "../memory/gc.h"
#include "../vm/err.h"
#include "../vm/eval.h"
#include "../vm/traceback.h"

#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

/* CPython's PY_TIMEOUT_MAX (microseconds) and _thread.TIMEOUT_MAX. */
#define THREAD_TIMEOUT_MAX_US (INT64_MAX / 1000)
#define THREAD_UNSET_TIMEOUT_NS ((int64_t)-1000000000)

static unsigned long thread_ident(void) { return (unsigned long)pthread_self(); }

static KrObject *thread_no_threads_error(void)
{
    kr_err_set_string(kr_exc_RuntimeError,
                      "can't start new thread: threads are not supported yet by krait");
    return NULL;
}

/* Parses acquire(blocking=True, timeout=-1) as CPython 3.11 does. Sets
 * *timeout_ns to -1 for "wait forever", else to the wait in ns (0: try). */
static int lock_acquire_parse(KrObject *const *args, ssize_t nargs, KrObject *kwnames,
                              int64_t *timeout_ns)
{
    static const char *const names[] = { "blocking", "timeout", NULL };
    static const KrArgSpec spec = { "acquire", names, 0, 2, 0 };
    KrObject *a[2];
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return -1;
    int blocking = 1;
    if (a[0] && kr_args_as_c_int(a[0], &blocking) < 0) return -1;
    int64_t t = THREAD_UNSET_TIMEOUT_NS;
    if (a[1] && kr_time_seconds_to_ns(a[1], &t) < 0) return -1;
    if (!blocking && t != THREAD_UNSET_TIMEOUT_NS) {
        kr_err_set_string(kr_exc_ValueError, "can't specify a timeout for a non-blocking call");
        return -1;
    }
    if (t < 0 && t != THREAD_UNSET_TIMEOUT_NS) {
        kr_err_set_string(kr_exc_ValueError, "timeout value must be positive");
        return -1;
    }
    if (!blocking) {
        t = 0;
    } else if (t != THREAD_UNSET_TIMEOUT_NS) {
        int64_t us = t / 1000 + (t % 1000 != 0);
        if (us > THREAD_TIMEOUT_MAX_US) {
            kr_err_set_string(kr_exc_OverflowError, "timeout value is too large");
            return -1;
        }
    }
    *timeout_ns = t == THREAD_UNSET_TIMEOUT_NS ? -1 : t;
    return 0;
}

/* The lock is held and the only thread wants it: no other thread can ever
 * release it. Waits out a finite timeout (interruptibly) and returns 0; a
 * wait forever would hang, so it raises instead. -1 with an exception. */
static int lock_wait_for_nobody(int64_t timeout_ns, const char *what)
{
    if (timeout_ns < 0) {
        kr_err_format(kr_exc_RuntimeError,
                      "deadlock: acquiring %s that is already held, with no timeout, in the "
                      "only thread (krait has no threads yet); no one could ever release it",
                      what);
        return -1;
    }
    if (timeout_ns > 0 && kr_time_sleep_ns(timeout_ns) < 0) return -1;
    return 0;
}

/* ---- _thread.lock ---- */

typedef struct {
    KrObject ob_base;
    char locked;
    KrObject *weakreflist;
} KrLockObject;

static KrObject *lock_new_object(void)
{
    KrLockObject *l = KR_NEW(KrLockObject, &kr_thread_lock_type);
    if (!l) return NULL;
    l->locked = 0;
    l->weakreflist = NULL;
    return (KrObject *)l;
}

static void lock_dealloc(KrObject *o)
{
    KrLockObject *l = (KrLockObject *)o;
    if (l->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *lock_acquire(KrObject *o, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrLockObject *l = (KrLockObject *)o;
    int64_t timeout;
    if (lock_acquire_parse(args, nargs, kwnames, &timeout) < 0) return NULL;
    if (!l->locked) {
        l->locked = 1;
        KR_RETURN_TRUE;
    }
    if (lock_wait_for_nobody(timeout, "a lock") < 0) return NULL;
    KR_RETURN_FALSE;
}

static KrObject *lock_release(KrObject *o, KrObject *unused)
{
    KrLockObject *l = (KrLockObject *)o;
    if (!l->locked) {
        kr_err_set_string(kr_exc_RuntimeError, "release unlocked lock");
        return NULL;
    }
    l->locked = 0;
    KR_RETURN_NONE;
}

static KrObject *lock_exit(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    return lock_release(o, NULL);
}

static KrObject *lock_locked(KrObject *o, KrObject *unused)
{
    return kr_bool_from(((KrLockObject *)o)->locked);
}

static KrObject *lock_at_fork_reinit(KrObject *o, KrObject *unused)
{
    ((KrLockObject *)o)->locked = 0;
    KR_RETURN_NONE;
}

static KrObject *lock_repr(KrObject *o)
{
    return kr_str_from_format("<%s %s object at %p>",
                              ((KrLockObject *)o)->locked ? "locked" : "unlocked",
                              KR_TYPE(o)->tp_name, o);
}

#define ACQUIRE_DOC \
    "acquire(blocking=True, timeout=-1) -> bool\n(acquire_lock() is an obsolete synonym)\n\n" \
    "Lock the lock.  Without argument, this blocks if the lock is already\n" \
    "locked (even by the same thread), waiting for another thread to release\n" \
    "the lock, and return True once the lock is acquired.\n" \
    "With an argument, this will only block if the argument is true,\n" \
    "and the return value reflects whether the lock is acquired.\n" \
    "The blocking operation is interruptible."
#define RELEASE_DOC \
    "release()\n(release_lock() is an obsolete synonym)\n\n" \
    "Release the lock, allowing another thread that is blocked waiting for\n" \
    "the lock to acquire the lock.  The lock must be in the locked state,\n" \
    "but it needn't be locked by the same thread that unlocks it."
#define LOCKED_DOC \
    "locked() -> bool\n(locked_lock() is an obsolete synonym)\n\nReturn whether the lock is in the locked state."

static KrMethodDef lock_methods[] = {
    { "acquire_lock", (void *)lock_acquire, KR_METH_FASTCALL | KR_METH_KEYWORDS, ACQUIRE_DOC },
    { "acquire", (void *)lock_acquire, KR_METH_FASTCALL | KR_METH_KEYWORDS, ACQUIRE_DOC },
    { "release_lock", (void *)lock_release, KR_METH_NOARGS, RELEASE_DOC },
    { "release", (void *)lock_release, KR_METH_NOARGS, RELEASE_DOC },
    { "locked_lock", (void *)lock_locked, KR_METH_NOARGS, LOCKED_DOC },
    { "locked", (void *)lock_locked, KR_METH_NOARGS, LOCKED_DOC },
    { "__enter__", (void *)lock_acquire, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "acquire(blocking=True, timeout=-1) -> bool\nLock the lock." },
    { "__exit__", (void *)lock_exit, KR_METH_FASTCALL, "release()\nRelease the lock." },
    { "_at_fork_reinit", (void *)lock_at_fork_reinit, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_thread_lock_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_thread.lock",
    .tp_basicsize = sizeof(KrLockObject),
    .tp_dealloc = lock_dealloc,
    .tp_repr = lock_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_DISALLOW_INSTANTIATION | KR_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "A lock object is a synchronization primitive.  To create a lock,\n"
              "call threading.Lock().  Methods are:\n\n"
              "acquire() -- lock the lock, possibly blocking until it can be obtained\n"
              "release() -- unlock of the lock\n"
              "locked() -- test whether the lock is currently locked\n\n"
              "A lock is not owned by the thread that locked it; another thread may\n"
              "unlock it.  A thread attempting to lock a lock that it has already locked\n"
              "will block until another thread unlocks it.  Deadlocks may ensue.",
    .tp_methods = lock_methods,
    .tp_weaklistoffset = offsetof(KrLockObject, weakreflist),
    .tp_alloc = kr_object_alloc,
    .tp_free = kr_object_free,
};

/* ---- _thread.RLock ---- */

typedef struct {
    KrObject ob_base;
    unsigned long owner;     /* thread ident of the owner, 0 when unowned */
    unsigned long count;
    KrObject *weakreflist;
} KrRLockObject;

static KrObject *rlock_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    KrRLockObject *r = (KrRLockObject *)type->tp_alloc(type, 0);
    if (!r) return NULL;
    r->owner = 0;
    r->count = 0;
    r->weakreflist = NULL;
    return (KrObject *)r;
}

static void rlock_dealloc(KrObject *o)
{
    KrRLockObject *r = (KrRLockObject *)o;
    if (r->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    KR_TYPE(o)->tp_free(o);
}

static KrObject *rlock_acquire(KrObject *o, KrObject *const *args, ssize_t nargs, KrObject *kwnames)
{
    KrRLockObject *r = (KrRLockObject *)o;
    int64_t timeout;
    if (lock_acquire_parse(args, nargs, kwnames, &timeout) < 0) return NULL;
    unsigned long me = thread_ident();
    if (r->count > 0 && r->owner == me) {
        if (r->count == ULONG_MAX) {
            kr_err_set_string(kr_exc_OverflowError, "Internal lock count overflowed");
            return NULL;
        }
        r->count++;
        KR_RETURN_TRUE;
    }
    if (r->count > 0) {   /* owned by a thread that no longer runs (after fork) */
        if (lock_wait_for_nobody(timeout, "an RLock") < 0) return NULL;
        KR_RETURN_FALSE;
    }
    r->owner = me;
    r->count = 1;
    KR_RETURN_TRUE;
}

static KrObject *rlock_release(KrObject *o, KrObject *unused)
{
    KrRLockObject *r = (KrRLockObject *)o;
    if (r->count == 0 || r->owner != thread_ident()) {
        kr_err_set_string(kr_exc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    if (--r->count == 0) r->owner = 0;
    KR_RETURN_NONE;
}

static KrObject *rlock_exit(KrObject *o, KrObject *const *args, ssize_t nargs)
{
    return rlock_release(o, NULL);
}

/* One item of _acquire_restore's state: an exact int taken modulo 2**64,
 * as CPython's "k" format. 0 or -1. */
static int rlock_state_item(KrObject *state, ssize_t i, unsigned long *out)
{
    KrObject *v = kr_sequence_get_item(state, i);
    if (!v) return -1;
    if (!KR_INT_CHECK(v)) {
        kr_err_format(kr_exc_TypeError, "_acquire_restore() argument 1, item %zd must be int, not %s",
                      i, v == KR_NONE ? "None" : KR_TYPE(v)->tp_name);
        KR_DECREF(v);
        return -1;
    }
    /* wrap around as C's unsigned long conversion does */
    KrObject *mask = kr_int_from_u64(UINT64_MAX);
    KrObject *w = mask ? kr_number_binop(v, mask, KR_NB_AND) : NULL;
    KR_XDECREF(mask);
    KR_DECREF(v);
    if (!w) return -1;
    uint64_t u = kr_int_as_u64(w);
    KR_DECREF(w);
    if (u == (uint64_t)-1 && kr_err_occurred()) return -1;
    *out = (unsigned long)u;
    return 0;
}

static KrObject *rlock_acquire_restore(KrObject *o, KrObject *state)
{
    KrRLockObject *r = (KrRLockObject *)o;
    if (!kr_sequence_check(state)) {
        kr_err_format(kr_exc_TypeError, "_acquire_restore() argument 1 must be 2-item sequence, not %s",
                      state == KR_NONE ? "None" : KR_TYPE(state)->tp_name);
        return NULL;
    }
    ssize_t n = kr_object_length(state);
    if (n < 0) return NULL;
    if (n != 2) {
        kr_err_format(kr_exc_TypeError,
                      "_acquire_restore() argument 1 must be sequence of length 2, not %zd", n);
        return NULL;
    }
    unsigned long count, owner;
    if (rlock_state_item(state, 0, &count) < 0 || rlock_state_item(state, 1, &owner) < 0) return NULL;
    if (r->count > 0 && r->owner != thread_ident()) {
        if (lock_wait_for_nobody(-1, "an RLock") < 0) return NULL;
    }
    r->owner = owner;
    r->count = count;
    KR_RETURN_NONE;
}

static KrObject *rlock_release_save(KrObject *o, KrObject *unused)
{
    KrRLockObject *r = (KrRLockObject *)o;
    if (r->count == 0) {
        kr_err_set_string(kr_exc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    KrObject *cnt = kr_int_from_u64(r->count);
    KrObject *own = cnt ? kr_int_from_u64(r->owner) : NULL;
    if (!own) { KR_XDECREF(cnt); return NULL; }
    KrObject *res = kr_tuple_pack(2, cnt, own);
    KR_DECREF(cnt);
    KR_DECREF(own);
    if (!res) return NULL;
    r->count = 0;
    r->owner = 0;
    return res;
}

static KrObject *rlock_recursion_count(KrObject *o, KrObject *unused)
{
    KrRLockObject *r = (KrRLockObject *)o;
    return kr_int_from_u64(r->owner == thread_ident() ? r->count : 0);
}

static KrObject *rlock_is_owned(KrObject *o, KrObject *unused)
{
    KrRLockObject *r = (KrRLockObject *)o;
    return kr_bool_from(r->count > 0 && r->owner == thread_ident());
}

static KrObject *rlock_at_fork_reinit(KrObject *o, KrObject *unused)
{
    KrRLockObject *r = (KrRLockObject *)o;
    r->owner = 0;
    r->count = 0;
    KR_RETURN_NONE;
}

static KrObject *rlock_repr(KrObject *o)
{
    KrRLockObject *r = (KrRLockObject *)o;
    return kr_str_from_format("<%s %s object owner=%lu count=%lu at %p>",
                              r->count ? "locked" : "unlocked", KR_TYPE(o)->tp_name,
                              r->owner, r->count, o);
}

static KrMethodDef rlock_methods[] = {
    { "acquire", (void *)rlock_acquire, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "acquire(blocking=True) -> bool\n\nLock the lock.  `blocking` indicates whether we should wait\n"
      "for the lock to be available or not.  If `blocking` is False\n"
      "and another thread holds the lock, the method will return False\n"
      "immediately.  If `blocking` is True and another thread holds\n"
      "the lock, the method will wait for the lock to be released,\n"
      "take it and then return True.\n(note: the blocking operation is interruptible.)\n\n"
      "In all other cases, the method will return True immediately.\n"
      "Precisely, if the current thread already holds the lock, its\n"
      "internal counter is simply incremented. If nobody holds the lock,\n"
      "the lock is taken and its internal counter initialized to 1." },
    { "release", (void *)rlock_release, KR_METH_NOARGS,
      "release()\n\nRelease the lock, allowing another thread that is blocked waiting for\n"
      "the lock to acquire the lock.  The lock must be in the locked state,\n"
      "and must be locked by the same thread that unlocks it; otherwise a\n"
      "`RuntimeError` is raised.\n\n"
      "Do note that if the lock was acquire()d several times in a row by the\n"
      "current thread, release() needs to be called as many times for the lock\n"
      "to be available for other threads." },
    { "_is_owned", (void *)rlock_is_owned, KR_METH_NOARGS,
      "_is_owned() -> bool\n\nFor internal use by `threading.Condition`." },
    { "_acquire_restore", (void *)rlock_acquire_restore, KR_METH_O,
      "_acquire_restore(state) -> None\n\nFor internal use by `threading.Condition`." },
    { "_release_save", (void *)rlock_release_save, KR_METH_NOARGS,
      "_release_save() -> tuple\n\nFor internal use by `threading.Condition`." },
    { "_recursion_count", (void *)rlock_recursion_count, KR_METH_NOARGS,
      "_recursion_count() -> int\n\nFor internal use by reentrancy checks." },
    { "__enter__", (void *)rlock_acquire, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "acquire(blocking=True) -> bool\n\nLock the lock." },
    { "__exit__", (void *)rlock_exit, KR_METH_FASTCALL, "release()\n\nRelease the lock." },
    { "_at_fork_reinit", (void *)rlock_at_fork_reinit, KR_METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

KrTypeObject kr_thread_rlock_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_thread.RLock",
    .tp_basicsize = sizeof(KrRLockObject),
    .tp_dealloc = rlock_dealloc,
    .tp_repr = rlock_repr,
    .tp_getattro = kr_object_generic_getattr,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_BASETYPE,
    .tp_methods = rlock_methods,
    .tp_weaklistoffset = offsetof(KrRLockObject, weakreflist),
    .tp_alloc = kr_type_generic_alloc,
    .tp_new = rlock_new,
    .tp_free = kr_object_free,
};

/* ---- _thread._local ---- */

/* With one thread, a _local is an object whose __dict__ is the (only)
 * thread's dict. */
typedef struct {
    KrObject ob_base;
    KrObject *dict;
    KrObject *weakreflist;
} KrLocalObject;

static KrObject *local_new(KrTypeObject *type, KrObject *args, KrObject *kwds)
{
    if (type->tp_init == kr_object_type.tp_init &&
        (KR_SIZE(args) > 0 || (kwds && KR_DICT_CHECK(kwds) && kr_dict_size(kwds) > 0))) {
        kr_err_set_string(kr_exc_TypeError, "Initialization arguments are not supported");
        return NULL;
    }
    KrLocalObject *l = (KrLocalObject *)type->tp_alloc(type, 0);
    if (!l) return NULL;
    l->weakreflist = NULL;
    l->dict = kr_dict_new();
    if (!l->dict) { KR_DECREF(l); return NULL; }
    if (!kr_gc_is_tracked(l)) kr_gc_track(l);
    return (KrObject *)l;
}

static int local_traverse(KrObject *o, kr_visitproc visit, void *arg)
{
    KR_VISIT(((KrLocalObject *)o)->dict);
    return 0;
}

static int local_clear(KrObject *o)
{
    KR_CLEAR(((KrLocalObject *)o)->dict);
    return 0;
}

static void local_dealloc(KrObject *o)
{
    kr_gc_untrack(o);
    if (((KrLocalObject *)o)->weakreflist && kr_weakref_clear_refs) kr_weakref_clear_refs(o);
    local_clear(o);
    KR_TYPE(o)->tp_free(o);
}

static int local_setattro(KrObject *o, KrObject *name, KrObject *value)
{
    if (KR_STR_CHECK(name) && kr_str_equal_cstr(name, "__dict__")) {
        kr_err_format(kr_exc_AttributeError, "'%s' object attribute '__dict__' is read-only",
                      KR_TYPE(o)->tp_name);
        return -1;
    }
    return kr_object_generic_setattr(o, name, value);
}

static KrObject *local_get_dict(KrObject *o, void *closure)
{
    KrLocalObject *l = (KrLocalObject *)o;
    if (!l->dict && !(l->dict = kr_dict_new())) return NULL;
    return kr_newref(l->dict);
}

static KrGetSetDef local_getset[] = {
    { "__dict__", local_get_dict, NULL, "Local-data dictionary", NULL },
    { NULL, NULL, NULL, NULL, NULL },
};

KrTypeObject kr_thread_local_type = {
    .ob_base = KR_VAR_OBJECT_HEAD_INIT(&kr_type_type, 0),
    .tp_name = "_thread._local",
    .tp_basicsize = sizeof(KrLocalObject),
    .tp_dealloc = local_dealloc,
    .tp_getattro = kr_object_generic_getattr,
    .tp_setattro = local_setattro,
    .tp_flags = KR_TPFLAGS_DEFAULT | KR_TPFLAGS_HAVE_GC | KR_TPFLAGS_BASETYPE,
    .tp_doc = "Thread-local data",
    .tp_traverse = local_traverse,
    .tp_clear = local_clear,
    .tp_getset = local_getset,
    .tp_dictoffset = offsetof(KrLocalObject, dict),
    .tp_weaklistoffset = offsetof(KrLocalObject, weakreflist),
    .tp_alloc = kr_type_generic_alloc,
    .tp_new = local_new,
    .tp_free = kr_object_free,
};

/* ---- module functions ---- */

static KrObject *thread_start_new_thread(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("start_new_thread", nargs, 2, 3) < 0) return NULL;
    if (!kr_callable_check(args[0])) {
        kr_err_set_string(kr_exc_TypeError, "first arg must be callable");
        return NULL;
    }
    if (!KR_TUPLE_CHECK(args[1])) {
        kr_err_set_string(kr_exc_TypeError, "2nd arg must be a tuple");
        return NULL;
    }
    if (nargs > 2 && !KR_DICT_CHECK(args[2])) {
        kr_err_set_string(kr_exc_TypeError, "optional 3rd arg must be a dictionary");
        return NULL;
    }
    return thread_no_threads_error();
}

static KrObject *thread_exit(KrObject *m, KrObject *unused)
{
    kr_err_set_none(kr_exc_SystemExit);
    return NULL;
}

static KrObject *thread_interrupt_main(KrObject *m, KrObject *const *args, ssize_t nargs,
                                       KrObject *kwnames)
{
    static const char *const names[] = { "signum", NULL };
    static const KrArgSpec spec = { "interrupt_main", names, 0, 1, 0 };
    KrObject *a[1];
    if (kr_args_parse(&spec, args, nargs, kwnames, a) < 0) return NULL;
    ssize_t signum = SIGINT;
    if (a[0]) {
        signum = kr_number_as_ssize(a[0], kr_exc_OverflowError);
        if (signum == -1 && kr_err_occurred()) return NULL;
    }
    if (signum < 1 || signum >= 65) {
        kr_err_set_string(kr_exc_ValueError, "signal number out of range");
        return NULL;
    }
    /* as if the signal had arrived: the eval loop's next check handles it */
    kr_eval_signal_received((int)signum);
    KR_RETURN_NONE;
}

static KrObject *thread_allocate_lock(KrObject *m, KrObject *unused)
{
    return lock_new_object();
}

static KrObject *thread_get_ident(KrObject *m, KrObject *unused)
{
    return kr_int_from_u64(thread_ident());
}

static KrObject *thread_get_native_id(KrObject *m, KrObject *unused)
{
    return kr_int_from_i64((int64_t)syscall(SYS_gettid));
}

static KrObject *thread_count(KrObject *m, KrObject *unused)
{
    return kr_int_from_ssize(0);   /* threads started by _thread that still run */
}

static ssize_t thread_stacksize;

static KrObject *thread_stack_size(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (nargs > 1) {
        kr_err_format(kr_exc_TypeError, "stack_size() takes at most 1 argument (%zd given)", nargs);
        return NULL;
    }
    ssize_t old = thread_stacksize;
    if (nargs == 0) return kr_int_from_ssize(old);
    ssize_t size = kr_number_as_ssize(args[0], kr_exc_OverflowError);
    if (size == -1 && kr_err_occurred()) return NULL;
    if (size < 0) {
        kr_err_set_string(kr_exc_ValueError, "size must be 0 or a positive value");
        return NULL;
    }
    if (size != 0 && size < 32768) {
        kr_err_format(kr_exc_ValueError, "size not valid: %zd bytes", size);
        return NULL;
    }
    thread_stacksize = size;
    return kr_int_from_ssize(old);
}

static KrObject *thread_set_sentinel(KrObject *m, KrObject *unused)
{
    return lock_new_object();
}

static KrObject *thread_daemon_threads_allowed(KrObject *m, KrObject *unused)
{
    KR_RETURN_TRUE;
}

static KrTypeObject *excepthook_args_type;

static const KrStructSeqField excepthook_args_fields[] = {
    { "exc_type", "Exception type" },
    { "exc_value", "Exception value" },
    { "exc_traceback", "Exception traceback" },
    { "thread", "Thread" },
    { NULL, NULL },
};

static const KrStructSeqDesc excepthook_args_desc = {
    .name = "_thread._ExceptHookArgs",
    .doc = "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.",
    .fields = excepthook_args_fields,
    .n_in_sequence = 4,
};

/* _thread._excepthook(args): the default threading.excepthook. */
static KrObject *thread_excepthook(KrObject *m, KrObject *args)
{
    if (KR_TYPE(args) != excepthook_args_type) {
        kr_err_set_string(kr_exc_TypeError, "_thread.excepthook argument type must be ExceptHookArgs");
        return NULL;
    }
    KrObject *exc_type = KR_STRUCTSEQ_GET(args, 0), *exc = KR_STRUCTSEQ_GET(args, 1);
    KrObject *thread = KR_STRUCTSEQ_GET(args, 3);
    if (exc_type == (KrObject *)kr_exc_SystemExit) KR_RETURN_NONE;   /* silently ignored */
    KrObject *file = kr_sys_get_object_borrow("stderr");
    if ((!file || file == KR_NONE) && thread != KR_NONE) {
        KrObject *f = kr_object_getattr_str(thread, "_stderr");
        if (!f) return NULL;
        KR_DECREF(f);          /* the thread keeps it alive */
        file = f;
    }
    if (!file || file == KR_NONE) KR_RETURN_NONE;
    KrObject *name = NULL;
    if (thread != KR_NONE) {
        name = kr_object_getattr_str(thread, "name");
        if (!name) kr_err_clear();
    }
    KrObject *head = name ? kr_str_from_format("Exception in thread %S:\n", name)
                          : kr_str_from_format("Exception in thread %lu:\n", thread_ident());
    KR_XDECREF(name);
    if (!head) return NULL;
    KrObject *r = kr_object_call_method_str(file, "write", &head, 1);
    KR_DECREF(head);
    if (!r) return NULL;
    KR_DECREF(r);
    if (exc != KR_NONE) kr_traceback_print_exception(exc, file);
    r = kr_object_call_method_str(file, "flush", NULL, 0);
    if (!r) kr_err_clear();
    else KR_DECREF(r);
    KR_RETURN_NONE;
}

static KrMethodDef thread_functions[] = {
    { "start_new_thread", (void *)thread_start_new_thread, KR_METH_FASTCALL,
      "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\n"
      "Start a new thread and return its identifier (not supported yet by krait)." },
    { "start_new", (void *)thread_start_new_thread, KR_METH_FASTCALL,
      "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\n"
      "Start a new thread and return its identifier (not supported yet by krait)." },
    { "allocate_lock", (void *)thread_allocate_lock, KR_METH_NOARGS,
      "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\n"
      "Create a new lock object. See help(type(threading.Lock())) for\ninformation about locks." },
    { "allocate", (void *)thread_allocate_lock, KR_METH_NOARGS,
      "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\n"
      "Create a new lock object. See help(type(threading.Lock())) for\ninformation about locks." },
    { "exit_thread", (void *)thread_exit, KR_METH_NOARGS,
      "exit()\n(exit_thread() is an obsolete synonym)\n\n"
      "This is synonymous to ``raise SystemExit''.  It will cause the current\n"
      "thread to exit silently unless the exception is caught." },
    { "exit", (void *)thread_exit, KR_METH_NOARGS,
      "exit()\n(exit_thread() is an obsolete synonym)\n\n"
      "This is synonymous to ``raise SystemExit''.  It will cause the current\n"
      "thread to exit silently unless the exception is caught." },
    { "interrupt_main", (void *)thread_interrupt_main, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "interrupt_main(signum=signal.SIGINT, /)\n\n"
      "Simulate the arrival of the given signal in the main thread,\n"
      "where the corresponding signal handler will be executed.\n"
      "If *signum* is omitted, SIGINT is assumed.\n"
      "A subthread can use this function to interrupt the main thread.\n\n"
      "Note: the default signal handler for SIGINT raises ``KeyboardInterrupt``." },
    { "get_ident", (void *)thread_get_ident, KR_METH_NOARGS,
      "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies the current thread\n"
      "amongst other threads that exist simultaneously." },
    { "get_native_id", (void *)thread_get_native_id, KR_METH_NOARGS,
      "get_native_id() -> integer\n\nReturn a non-negative integer identifying the thread as reported\n"
      "by the OS (kernel). This may be used to uniquely identify a\nparticular thread within a system." },
    { "_count", (void *)thread_count, KR_METH_NOARGS,
      "_count() -> integer\n\nReturn the number of currently running Python threads, excluding\n"
      "the main thread. The returned number comprises all threads created\n"
      "through `start_new_thread()` as well as `threading.Thread`, and not\n"
      "yet finished." },
    { "stack_size", (void *)thread_stack_size, KR_METH_FASTCALL,
      "stack_size([size]) -> size\n\nReturn the thread stack size used when creating new threads.  The\n"
      "optional size argument specifies the stack size (in bytes) to be used\n"
      "for subsequently created threads, and must be 0 (use platform or\n"
      "configured default) or a positive integer value of at least 32,768 (32k)." },
    { "_set_sentinel", (void *)thread_set_sentinel, KR_METH_NOARGS,
      "_set_sentinel() -> lock\n\nSet a sentinel lock that will be released when the current thread\n"
      "state is finalized (as soon as the thread is gone)." },
    { "daemon_threads_allowed", (void *)thread_daemon_threads_allowed, KR_METH_NOARGS,
      "daemon_threads_allowed()\n\nReturn True if daemon threads are allowed in the current interpreter,\n"
      "and False otherwise.\n" },
    { "_excepthook", (void *)thread_excepthook, KR_METH_O,
      "excepthook(exc_type, exc_value, exc_traceback, thread)\n\nHandle uncaught Thread.run() exception." },
    { NULL, NULL, 0, NULL },
};

static int thread_exec(KrObject *m)
{
    if (kr_type_ready(&kr_thread_lock_type) < 0 || kr_type_ready(&kr_thread_rlock_type) < 0 ||
        kr_type_ready(&kr_thread_local_type) < 0)
        return -1;
    if (!excepthook_args_type && !(excepthook_args_type = kr_structseq_new_type(&excepthook_args_desc)))
        return -1;
    if (kr_module_add_steal(m, "LockType", kr_newref(&kr_thread_lock_type)) < 0 ||
        kr_module_add_steal(m, "RLock", kr_newref(&kr_thread_rlock_type)) < 0 ||
        kr_module_add_steal(m, "_local", kr_newref(&kr_thread_local_type)) < 0 ||
        kr_module_add_steal(m, "error", kr_newref(kr_exc_RuntimeError)) < 0 ||
        kr_module_add_steal(m, "_ExceptHookArgs", kr_newref(excepthook_args_type)) < 0)
        return -1;
    /* CPython: floor(min(PY_TIMEOUT_MAX in seconds, _PyTime_t max in seconds)) */
    double timeout_max = (double)THREAD_TIMEOUT_MAX_US * 1e-6;
    double time_max = (double)INT64_MAX * 1e-9;
    if (time_max < timeout_max) timeout_max = time_max;
    return kr_module_add_steal(m, "TIMEOUT_MAX", kr_float_from_double(__builtin_floor(timeout_max)));
}

KrModuleDef kr_threadmodule_def = {
    .name = "_thread",
    .doc = "This module provides primitive operations to write multi-threaded programs.\n"
           "The 'threading' module provides a more convenient interface.",
    .methods = thread_functions,
    .exec = thread_exec,
};
