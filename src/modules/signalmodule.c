/* signalmodule.c — the `_signal` module. Python handlers are kept in a
 * table here; the OS-level handler only records the signal (and writes the
 * wakeup fd), and the eval loop later calls kr_eval_signal_hook in the main
 * thread, which runs the Python handler (vm/eval.h). */
#include "signalmodule.h"
#include "../objects/int.h"
#include "../objects/set.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/args.h"
#include "../vm/err.h"
#include "../vm/eval.h"
#include "../vm/frame.h"
#include "../vm/state.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define NSIG_PY 65                       /* signal.NSIG on Linux */

static KrObject *handlers[NSIG_PY];      /* Python handler per signal (owned), NULL = unknown */
static KrObject *default_int_handler;    /* the module's default_int_handler function */
static volatile sig_atomic_t wakeup_fd = -1;

/* Signals are handled by the process's main thread only, as CPython. */
static int is_main_thread(void)
{
    return (pid_t)syscall(SYS_gettid) == getpid();
}

/* The OS-level handler: record, wake up a selector, nothing else. */
static void signal_c_handler(int signum)
{
    int saved = errno;
    kr_eval_signal_received(signum);
    if (wakeup_fd >= 0) {
        unsigned char b = (unsigned char)signum;
        ssize_t r = write(wakeup_fd, &b, 1);
        (void)r;
    }
    errno = saved;
}

/* kr_eval_signal_hook: runs the Python handler of signum in the main
 * thread. 0 handled, -1 with an exception, 1 for the default behaviour. */
static int signal_hook(int signum)
{
    KrObject *h = signum > 0 && signum < NSIG_PY ? handlers[signum] : NULL;
    if (!h || KR_INT_CHECK(h) || !kr_callable_check(h)) return 1;
    KrObject *frame = kr_frame_get_object(0);
    if (!frame) {
        kr_err_clear();
        frame = kr_newref(KR_NONE);
    }
    KrObject *num = kr_int_from_ssize(signum);
    if (!num) { KR_DECREF(frame); return -1; }
    KR_INCREF(h);
    KrObject *r = kr_object_call_two(h, num, frame);
    KR_DECREF(h);
    KR_DECREF(num);
    KR_DECREF(frame);
    if (!r) return -1;
    KR_DECREF(r);
    return 0;
}

static int check_signum(ssize_t n)
{
    if (n < 1 || n >= NSIG_PY) {
        kr_err_set_string(kr_exc_ValueError, "signal number out of range");
        return -1;
    }
    return 0;
}

static int signum_arg(KrObject *o, int *out)
{
    ssize_t n = kr_int_as_ssize(o);
    if (n == -1 && kr_err_occurred()) return -1;
    if (check_signum(n) < 0) return -1;
    *out = (int)n;
    return 0;
}

static KrObject *signal_signal(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("signal", nargs, 2, 2) < 0) return NULL;
    int sig;
    if (!KR_INT_CHECK(args[0]))
        return kr_err_format(kr_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                             KR_TYPE(args[0])->tp_name);
    if (signum_arg(args[0], &sig) < 0) return NULL;
    if (!is_main_thread())
        return kr_err_format(kr_exc_ValueError, "signal only works in main thread of the main interpreter");
    KrObject *h = args[1];
    void (*func)(int);
    if (KR_INT_CHECK(h)) {
        ssize_t v = kr_int_as_ssize(h);
        if (v == -1 && kr_err_occurred()) kr_err_clear();
        if (v != 0 && v != 1) goto bad_handler;
        func = v == 0 ? SIG_DFL : SIG_IGN;
    } else if (kr_callable_check(h)) {
        func = signal_c_handler;
    } else {
        goto bad_handler;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = func;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_ONSTACK;
    if (sigaction(sig, &sa, NULL) < 0) return kr_err_from_errno(kr_exc_OSError);
    KrObject *old = handlers[sig];
    handlers[sig] = kr_newref(h);
    if (!old) KR_RETURN_NONE;
    return old;
bad_handler:
    return kr_err_format(kr_exc_TypeError,
                         "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
}

static KrObject *signal_getsignal(KrObject *m, KrObject *arg)
{
    int sig;
    if (signum_arg(arg, &sig) < 0) return NULL;
    if (!handlers[sig]) KR_RETURN_NONE;
    return kr_newref(handlers[sig]);
}

static KrObject *signal_default_int_handler(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("default_int_handler", nargs, 2, 2) < 0) return NULL;
    kr_err_set_none(kr_exc_KeyboardInterrupt);
    return NULL;
}

static KrObject *signal_raise_signal(KrObject *m, KrObject *arg)
{
    int sig;
    if (signum_arg(arg, &sig) < 0) return NULL;
    if (raise(sig) != 0) return kr_err_from_errno(kr_exc_OSError);
    if (kr_eval_handle_pending() < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *signal_strsignal(KrObject *m, KrObject *arg)
{
    int sig;
    if (signum_arg(arg, &sig) < 0) return NULL;
    const char *s = strsignal(sig);
    if (!s || strncmp(s, "Unknown signal", 14) == 0 || strncmp(s, "Real-time signal", 16) == 0)
        KR_RETURN_NONE;
    return kr_str_from_cstr(s);
}

static KrObject *signal_valid_signals(KrObject *m, KrObject *unused)
{
    KrObject *s = kr_set_new(NULL);
    if (!s) return NULL;
    sigset_t mask;
    sigfillset(&mask);
    for (int i = 1; i < NSIG_PY; i++) {
        if (sigismember(&mask, i) != 1) continue;
        KrObject *n = kr_int_from_ssize(i);
        if (!n || kr_set_add(s, n) < 0) { KR_XDECREF(n); KR_DECREF(s); return NULL; }
        KR_DECREF(n);
    }
    return s;
}

static KrObject *signal_alarm(KrObject *m, KrObject *arg)
{
    ssize_t secs = kr_int_as_ssize(arg);
    if (secs == -1 && kr_err_occurred()) return NULL;
    return kr_int_from_ssize((ssize_t)alarm((unsigned)secs));
}

static KrObject *signal_pause(KrObject *m, KrObject *unused)
{
    pause();
    if (kr_eval_handle_pending() < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *signal_siginterrupt(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("siginterrupt", nargs, 2, 2) < 0) return NULL;
    int sig;
    if (signum_arg(args[0], &sig) < 0) return NULL;
    int flag = kr_object_is_true(args[1]);
    if (flag < 0) return NULL;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) < 0) return kr_err_from_errno(kr_exc_OSError);
    if (flag) sa.sa_flags &= ~SA_RESTART;
    else sa.sa_flags |= SA_RESTART;
    if (sigaction(sig, &sa, NULL) < 0) return kr_err_from_errno(kr_exc_OSError);
    KR_RETURN_NONE;
}

static KrObject *signal_pthread_kill(KrObject *m, KrObject *const *args, ssize_t nargs)
{
    if (kr_args_check_count("pthread_kill", nargs, 2, 2) < 0) return NULL;
    ssize_t tid = kr_int_as_ssize(args[0]);
    if (tid == -1 && kr_err_occurred()) return NULL;
    int sig;
    if (signum_arg(args[1], &sig) < 0) return NULL;
    int err = pthread_kill((pthread_t)tid, sig);
    if (err) {
        errno = err;
        return kr_err_from_errno(kr_exc_OSError);
    }
    if (kr_eval_handle_pending() < 0) return NULL;
    KR_RETURN_NONE;
}

static KrObject *signal_set_wakeup_fd(KrObject *m, KrObject *const *args, ssize_t nargs,
                                      KrObject *kwnames)
{
    /* set_wakeup_fd(fd, /, *, warn_on_full_buffer=True) */
    if (nargs != 1)
        return kr_err_format(kr_exc_TypeError, "set_wakeup_fd() takes exactly 1 positional argument (%zd given)",
                             nargs);
    ssize_t fd = kr_int_as_ssize(args[0]);
    if (fd == -1 && kr_err_occurred()) return NULL;
    if (!is_main_thread())
        return kr_err_format(kr_exc_ValueError, "set_wakeup_fd only works in main thread of the main interpreter");
    if (fd != -1 && fcntl((int)fd, F_GETFL) < 0) return kr_err_from_errno(kr_exc_OSError);
    long old = wakeup_fd;
    wakeup_fd = (sig_atomic_t)fd;
    return kr_int_from_ssize(old);
}

static KrMethodDef signal_methods[] = {
    { "signal", (void *)signal_signal, KR_METH_FASTCALL,
      "Set the action for the given signal.\n\nThe action can be SIG_DFL, SIG_IGN, or a callable Python object.\n"
      "The previous action is returned.  See getsignal() for possible return values." },
    { "getsignal", (void *)signal_getsignal, KR_METH_O, "Return the current action for the given signal." },
    { "default_int_handler", (void *)signal_default_int_handler, KR_METH_FASTCALL,
      "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt." },
    { "raise_signal", (void *)signal_raise_signal, KR_METH_O, "Send a signal to the executing process." },
    { "strsignal", (void *)signal_strsignal, KR_METH_O, "Return the system description of the given signal." },
    { "valid_signals", (void *)signal_valid_signals, KR_METH_NOARGS,
      "Return a set of valid signal numbers on this platform." },
    { "alarm", (void *)signal_alarm, KR_METH_O, "Arrange for SIGALRM to arrive after the given number of seconds." },
    { "pause", (void *)signal_pause, KR_METH_NOARGS, "Wait until a signal arrives." },
    { "siginterrupt", (void *)signal_siginterrupt, KR_METH_FASTCALL, "Change system call restart behaviour." },
    { "pthread_kill", (void *)signal_pthread_kill, KR_METH_FASTCALL, "Send a signal to a thread." },
    { "set_wakeup_fd", (void *)signal_set_wakeup_fd, KR_METH_FASTCALL | KR_METH_KEYWORDS,
      "Sets the fd to be written to (with the signal number) when a signal comes in." },
    { NULL, NULL, 0, NULL },
};

static const struct { const char *name; int num; } signal_names[] = {
    { "SIGHUP", SIGHUP }, { "SIGINT", SIGINT }, { "SIGQUIT", SIGQUIT }, { "SIGILL", SIGILL },
    { "SIGTRAP", SIGTRAP }, { "SIGABRT", SIGABRT }, { "SIGIOT", SIGIOT }, { "SIGBUS", SIGBUS },
    { "SIGFPE", SIGFPE }, { "SIGKILL", SIGKILL }, { "SIGUSR1", SIGUSR1 }, { "SIGSEGV", SIGSEGV },
    { "SIGUSR2", SIGUSR2 }, { "SIGPIPE", SIGPIPE }, { "SIGALRM", SIGALRM }, { "SIGTERM", SIGTERM },
    { "SIGSTKFLT", SIGSTKFLT }, { "SIGCHLD", SIGCHLD }, { "SIGCLD", SIGCHLD }, { "SIGCONT", SIGCONT },
    { "SIGSTOP", SIGSTOP }, { "SIGTSTP", SIGTSTP }, { "SIGTTIN", SIGTTIN }, { "SIGTTOU", SIGTTOU },
    { "SIGURG", SIGURG }, { "SIGXCPU", SIGXCPU }, { "SIGXFSZ", SIGXFSZ }, { "SIGVTALRM", SIGVTALRM },
    { "SIGPROF", SIGPROF }, { "SIGWINCH", SIGWINCH }, { "SIGIO", SIGIO }, { "SIGPOLL", SIGPOLL },
    { "SIGPWR", SIGPWR }, { "SIGSYS", SIGSYS },
    { NULL, 0 },
};

static int signal_exec(KrObject *m)
{
    if (kr_module_add_int(m, "SIG_DFL", 0) < 0 || kr_module_add_int(m, "SIG_IGN", 1) < 0 ||
        kr_module_add_int(m, "NSIG", NSIG_PY) < 0 || kr_module_add_int(m, "SIGRTMIN", SIGRTMIN) < 0 ||
        kr_module_add_int(m, "SIGRTMAX", SIGRTMAX) < 0)
        return -1;
    for (int i = 0; signal_names[i].name; i++)
        if (kr_module_add_int(m, signal_names[i].name, signal_names[i].num) < 0) return -1;
    KrObject *dih = kr_object_getattr_str(m, "default_int_handler");
    if (!dih) return -1;
    KrObject *prev = default_int_handler;
    default_int_handler = dih;
    KR_XDECREF(prev);
    /* What each signal does now: SIG_DFL / SIG_IGN, SIGINT's C handler is
     * the eval loop's (shown as default_int_handler); others unknown (None). */
    for (int sig = 1; sig < NSIG_PY; sig++) {
        if (handlers[sig]) continue;
        struct sigaction sa;
        if (sigaction(sig, NULL, &sa) < 0) continue;
        KrObject *h = NULL;
        if (sa.sa_handler == SIG_DFL) h = kr_int_from_ssize(0);
        else if (sa.sa_handler == SIG_IGN) h = kr_int_from_ssize(1);
        else if (sig == SIGINT) h = kr_newref(default_int_handler);
        if (!h && kr_err_occurred()) return -1;
        handlers[sig] = h;
    }
    kr_eval_signal_hook = signal_hook;
    return 0;
}

KrModuleDef kr_signalmodule_def = {
    .name = "_signal",
    .doc = "This module provides mechanisms to use signal handlers in Python.",
    .methods = signal_methods,
    .exec = signal_exec,
};
