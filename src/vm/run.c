/* run.c — running programs (vm/run.h): a script file or string as the
 * __main__ module, code objects in a namespace, the top-level handling of
 * uncaught exceptions and SystemExit, and the interactive loop (REPL) with
 * libedit line editing when available. */
#include "run.h"
#include "err.h"
#include "state.h"
#include "eval.h"
#include "config.h"
#include "traceback.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/int.h"
#include "../objects/dict.h"
#include "../objects/ids.h"
#include "../objects/cfunction.h"
#include "../compiler/compile.h"
#include "../parser/parser.h"
#include "../memory/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <errno.h>

#ifdef KR_HAVE_LIBEDIT
#include <editline/readline.h>
#endif

KrObject *kr_run_code(KrObject *code, KrObject *globals, KrObject *locals)
{
    return kr_eval_code(code, globals, locals, NULL);
}

/* sys.<name> (borrowed) or NULL. */
static KrObject *sys_attr(const char *name)
{
    if (!kr_interp.sysdict) return NULL;
    KrObject *v = kr_dict_get_item_str_borrow(kr_interp.sysdict, name);
    if (!v) kr_err_clear();
    return v;
}

static void flush_stream(const char *name)
{
    KrObject *f = sys_attr(name);
    if (!f || f == KR_NONE) return;
    KrObject *exc = kr_err_fetch();
    KrObject *r = kr_object_call_method(f, KR_ID(flush), NULL, 0);
    if (r) KR_DECREF(r);
    else kr_err_clear();
    kr_err_restore(exc);
}

/* Writes a C string to sys.stderr (or the C stream). */
static void write_stderr(const char *s)
{
    KrObject *f = sys_attr("stderr");
    if (f && f != KR_NONE) {
        KrObject *str = kr_str_from_cstr(s);
        KrObject *r = str ? kr_object_call_method(f, KR_ID(write), &str, 1) : NULL;
        KR_XDECREF(str);
        if (r) {
            KR_DECREF(r);
            return;
        }
        kr_err_clear();
    }
    fputs(s, stderr);
}

static int handle_system_exit(KrObject *exc)
{
    KrObject *code = kr_object_getattr_str(exc, "code");
    if (!code) kr_err_clear();
    int status = 0;
    if (!code || code == KR_NONE) {
        status = 0;
    } else if (KR_INT_CHECK(code)) {
        int64_t v = kr_int_as_i64(code);
        if (v == -1 && kr_err_occurred()) {
            kr_err_clear();
            v = -1;
        }
        status = (int)v;
    } else {
        flush_stream("stdout");
        KrObject *f = sys_attr("stderr");
        KrObject *s = kr_object_str(code);
        if (s && f && f != KR_NONE) {
            KrObject *r = kr_object_call_method(f, KR_ID(write), &s, 1);
            if (r) KR_DECREF(r);
            else kr_err_clear();
        } else if (s) {
            const char *u = kr_str_as_utf8(s, NULL);
            if (u) fputs(u, stderr);
            kr_err_clear();
        } else {
            kr_err_clear();
        }
        KR_XDECREF(s);
        write_stderr("\n");
        status = 1;
    }
    KR_XDECREF(code);
    return status;
}

static void exit_by_sigint(void)
{
    fflush(stdout);
    fflush(stderr);
    signal(SIGINT, SIG_DFL);
    kill(getpid(), SIGINT);
}

static int report_uncaught(int top_level)
{
    KrObject *exc = kr_err_fetch();
    if (!exc) return 0;
    if (kr_object_is_instance(exc, kr_exc_SystemExit) > 0) {
        int status = handle_system_exit(exc);
        KR_DECREF(exc);
        return status;
    }
    kr_err_clear();
    int is_kbd = kr_object_is_instance(exc, kr_exc_KeyboardInterrupt) > 0;
    /* a user-installed sys.excepthook gets the call; else print directly */
    KrObject *hook = sys_attr("excepthook");
    KrObject *orig = sys_attr("__excepthook__");
    if (hook && hook != orig && hook != KR_NONE) {
        KrObject *tb = kr_exception_get_traceback(exc);
        KrObject *args[3] = { (KrObject *)KR_TYPE(exc), exc, tb ? tb : KR_NONE };
        KrObject *r = kr_object_vectorcall(hook, args, 3, NULL);
        if (r) {
            KR_DECREF(r);
        } else {
            KrObject *hook_exc = kr_err_fetch();
            write_stderr("Error in sys.excepthook:\n");
            if (hook_exc) kr_traceback_print_exception(hook_exc, NULL);
            KR_XDECREF(hook_exc);
            write_stderr("\nOriginal exception was:\n");
            kr_traceback_print_exception(exc, NULL);
        }
    } else {
        kr_err_restore(kr_newref(exc));
        kr_err_print();
    }
    KR_DECREF(exc);
    if (is_kbd && top_level) {
        /* as CPython: after the normal shutdown, report death by SIGINT to
         * the parent (a C atexit handler runs after kr_runtime_fini) */
        static int registered;
        if (!registered) {
            registered = 1;
            atexit(exit_by_sigint);
        }
        return 130;
    }
    return 1;
}

int kr_run_handle_uncaught(void)
{
    return report_uncaught(1);
}

/* The __main__ module (created and registered if needed), borrowed. */
static KrObject *main_module(void)
{
    KrObject *name = KR_ID(__main__);
    KrObject *m = kr_interp.modules ? kr_dict_get_item_borrow(kr_interp.modules, name) : NULL;
    if (m && KR_MODULE_CHECK(m)) return m;
    kr_err_clear();
    m = kr_module_new(name);
    if (!m) return NULL;
    if (!kr_interp.modules || kr_dict_set_item(kr_interp.modules, name, m) < 0) {
        KR_DECREF(m);
        return NULL;
    }
    KR_DECREF(m);   /* sys.modules keeps it */
    KrObject *d = kr_module_get_dict_borrow(m);
    if (kr_interp.builtins_module && kr_dict_set_item(d, KR_ID(__builtins__), kr_interp.builtins_module) < 0)
        return NULL;
    if (kr_dict_set_item_str(d, "__loader__", KR_NONE) < 0 || kr_dict_set_item(d, KR_ID(__spec__), KR_NONE) < 0 ||
        kr_dict_set_item(d, KR_ID(__package__), KR_NONE) < 0)
        return NULL;
    KrObject *ann = kr_dict_new();
    if (!ann || kr_dict_set_item(d, KR_ID(__annotations__), ann) < 0) {
        KR_XDECREF(ann);
        return NULL;
    }
    KR_DECREF(ann);
    return m;
}

KrObject *kr_run_main_module_borrow(void)
{
    return main_module();
}

static int run_source(const char *src, ssize_t len, KrObject *filename, int is_file)
{
    KrObject *m = main_module();
    if (!m) return kr_run_handle_uncaught();
    KrObject *d = kr_module_get_dict_borrow(m);
    if (is_file) {
        if (kr_dict_set_item(d, KR_ID(__file__), filename) < 0 || kr_dict_set_item_str(d, "__cached__", KR_NONE) < 0)
            return kr_run_handle_uncaught();
    }
    KrObject *code = kr_compile_source(src, len, filename, KR_PARSE_EXEC, -1);
    if (!code) {
        int st = kr_run_handle_uncaught();
        flush_stream("stdout");
        flush_stream("stderr");
        return st;
    }
    /* the constants get the extra reference CPython's live AST gives them
     * while the main script runs (docs/internals/refcount.md) */
    KrObject *held = kr_code_hold_constants(code);
    if (!held) kr_err_clear();
    KrObject *res = kr_eval_code(code, d, d, NULL);
    KR_DECREF(code);
    KR_XDECREF(held);
    int status = 0;
    if (res) KR_DECREF(res);
    else status = kr_run_handle_uncaught();
    flush_stream("stdout");
    flush_stream("stderr");
    return status;
}

/* path made absolute the way CPython does for the main script (no
 * normalization). New raw string. */
static char *absolute_path(const char *path)
{
    if (path[0] == '/') return kr_raw_strdup(path);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) return kr_raw_strdup(path);
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *r = kr_raw_alloc(n);
    if (r) snprintf(r, n, "%s/%s", cwd, path);
    return r;
}

int kr_run_main_file(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        char *abs = absolute_path(path);
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n",
                kr_config.program ? kr_config.program : "krait", abs ? abs : path, errno, strerror(errno));
        kr_raw_free(abs);
        return 2;
    }
    size_t cap = 1 << 16, len = 0, n;
    char *src = kr_raw_alloc(cap);
    while (src && (n = fread(src + len, 1, cap - len - 1, fp)) > 0) {
        len += n;
        if (len + 1 >= cap) {
            char *ns = kr_raw_realloc(src, cap * 2);
            if (!ns) {
                kr_raw_free(src);
                src = NULL;
                break;
            }
            src = ns;
            cap *= 2;
        }
    }
    fclose(fp);
    if (!src) {
        fprintf(stderr, "krait: out of memory reading %s\n", path);
        return 1;
    }
    src[len] = '\0';
    char *abs = absolute_path(path);
    KrObject *filename = abs ? kr_str_from_utf8_surrogateescape(abs, (ssize_t)strlen(abs)) : NULL;
    kr_raw_free(abs);
    int status;
    if (!filename) {
        status = kr_run_handle_uncaught();
    } else {
        status = run_source(src, (ssize_t)len, filename, 1);
        KR_DECREF(filename);
    }
    kr_raw_free(src);
    return status;
}

int kr_run_main_string(const char *source, const char *filename)
{
    KrObject *fn = kr_str_from_cstr(filename);
    if (!fn) return kr_run_handle_uncaught();
    int status = run_source(source, -1, fn, 0);
    KR_DECREF(fn);
    return status;
}

/* ---- the interactive loop ------------------------------------------------------------ */

/* Scans source for unclosed brackets, open strings or a trailing
 * backslash: 1 if more input is needed. Also reports whether the first
 * logical line opens a block (ends with ':' or is a decorator). */
static int scan_incomplete(const char *s, int *opens_block)
{
    int depth = 0;
    char quote = 0;
    int triple = 0;
    int first_line_done = 0;
    char last_sig = 0;       /* last significant char of the first logical line */
    int first_char_seen = 0;
    *opens_block = 0;
    const char *p = s;
    while (*p) {
        char c = *p;
        if (quote) {
            if (c == '\\' && p[1]) {
                p += 2;
                continue;
            }
            if (triple) {
                if (c == quote && p[1] == quote && p[2] == quote) {
                    quote = 0;
                    p += 3;
                    continue;
                }
            } else if (c == quote) {
                quote = 0;
            } else if (c == '\n') {
                quote = 0;   /* an error, but not incompleteness */
            }
            p++;
            continue;
        }
        if (c == '#') {
            while (*p && *p != '\n') p++;
            continue;
        }
        if (c == '\'' || c == '"') {
            if (!first_char_seen) first_char_seen = 1;
            if (p[1] == c && p[2] == c) {
                quote = c;
                triple = 1;
                p += 3;
            } else {
                quote = c;
                triple = 0;
                p++;
            }
            last_sig = 'q';
            continue;
        }
        if (c == '(' || c == '[' || c == '{') depth++;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
        if (c == '\n') {
            if (depth == 0 && !(p > s && p[-1] == '\\')) {
                if (!first_line_done && first_char_seen) {
                    first_line_done = 1;
                    if (last_sig == ':') *opens_block = 1;
                }
            }
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\\') {
            if (!first_char_seen) {
                first_char_seen = 1;
                if (c == '@') *opens_block = 1;
            }
            if (!first_line_done) last_sig = c;
        }
        p++;
    }
    if (!first_line_done && last_sig == ':') *opens_block = 1;
    if (quote && triple) return 1;
    if (depth > 0) return 1;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r')) n--;
    if (n > 0 && s[n - 1] == '\\') return 1;
    return 0;
}

/* With brackets or a string still open: is the pending SyntaxError one
 * that more input could fix? A plain SyntaxError about the text itself
 * ("def f(:") is reported at once, as CPython's tokenizer does. */
static int looks_incomplete(void)
{
    KrObject *exc = kr_err_peek();
    if (!exc || !kr_object_is_instance(exc, kr_exc_SyntaxError)) return 0;
    if (KR_TYPE(exc) != (KrTypeObject *)kr_exc_SyntaxError) return 1;
    KrObject *msg = kr_object_getattr_str(exc, "msg");
    if (!msg) {
        kr_err_clear();
        kr_err_restore(kr_newref(exc));
        return 1;
    }
    const char *m = KR_STR_CHECK(msg) ? kr_str_as_utf8(msg, NULL) : NULL;
    int r = !m || strstr(m, "never closed") || strstr(m, "unterminated") || strstr(m, "EOF") ||
            strstr(m, "incomplete");
    KR_DECREF(msg);
    return r;
}

/* One line of input (without the newline) in a new raw string, or NULL at EOF. */
static char *read_line(const char *prompt, int use_edit)
{
#ifdef KR_HAVE_LIBEDIT
    if (use_edit) {
        char *l = readline(prompt);
        if (!l) return NULL;
        if (*l) add_history(l);
        char *copy = kr_raw_strdup(l);
        free(l);
        return copy;
    }
#else
    (void)use_edit;
#endif
    fputs(prompt, stderr);
    fflush(stderr);
    size_t cap = 256, len = 0;
    char *buf = kr_raw_alloc(cap);
    if (!buf) return NULL;
    int c;
    while ((c = fgetc(stdin)) != EOF && c != '\n') {
        if (len + 2 >= cap) {
            char *nb = kr_raw_realloc(buf, cap * 2);
            if (!nb) break;
            buf = nb;
            cap *= 2;
        }
        buf[len++] = (char)c;
    }
    if (c == EOF && len == 0) {
        kr_raw_free(buf);
        return NULL;
    }
    buf[len] = '\0';
    return buf;
}

static char *prompt_text(const char *name, const char *dflt)
{
    KrObject *p = sys_attr(name);
    if (!p) return kr_raw_strdup(dflt);
    KrObject *s = kr_object_str(p);
    if (!s) {
        kr_err_clear();
        return kr_raw_strdup(dflt);
    }
    const char *u = kr_str_as_utf8(s, NULL);
    char *r = kr_raw_strdup(u ? u : dflt);
    kr_err_clear();
    KR_DECREF(s);
    return r;
}

int kr_run_repl(void)
{
    KrObject *m = main_module();
    if (!m) return kr_run_handle_uncaught();
    KrObject *d = kr_module_get_dict_borrow(m);
    KrObject *filename = kr_str_from_cstr("<stdin>");
    if (!filename) return kr_run_handle_uncaught();
    int use_edit = isatty(0);
    size_t cap = 1024, len = 0;
    char *buf = kr_raw_alloc(cap);
    int status = 0;
    if (!buf) {
        KR_DECREF(filename);
        return 1;
    }
    buf[0] = '\0';
    for (;;) {
        char *prompt = prompt_text(len == 0 ? "ps1" : "ps2", len == 0 ? ">>> " : "... ");
        flush_stream("stdout");
        flush_stream("stderr");
        char *line = read_line(prompt ? prompt : ">>> ", use_edit);
        kr_raw_free(prompt);
        if (kr_interp.pending_signals) {
            /* Ctrl-C at the prompt drops the pending input */
            kr_interp.pending_signals = 0;
            kr_interp.eval_breaker = 0;
            write_stderr("\nKeyboardInterrupt\n");
            len = 0;
            buf[0] = '\0';
            kr_raw_free(line);
            continue;
        }
        if (!line) {
            if (use_edit) fputs("\n", stdout);
            else fputs("\n", stderr);
            break;
        }
        size_t ln = strlen(line);
        int blank = 1;
        for (size_t i = 0; i < ln; i++)
            if (line[i] != ' ' && line[i] != '\t') blank = 0;
        if (len == 0 && blank) {
            kr_raw_free(line);
            continue;
        }
        if (len + ln + 2 >= cap) {
            while (len + ln + 2 >= cap) cap *= 2;
            char *nb = kr_raw_realloc(buf, cap);
            if (!nb) {
                kr_raw_free(line);
                break;
            }
            buf = nb;
        }
        memcpy(buf + len, line, ln);
        len += ln;
        buf[len++] = '\n';
        buf[len] = '\0';
        kr_raw_free(line);

        int opens_block;
        int incomplete = scan_incomplete(buf, &opens_block);
        if (opens_block && !blank && !incomplete) continue;   /* a block ends with an empty line */

        KrObject *code = kr_compile_source(buf, (ssize_t)len, filename, KR_PARSE_SINGLE, -1);
        if (!code && incomplete && looks_incomplete()) {
            kr_err_clear();
            continue;
        }
        len = 0;
        buf[0] = '\0';
        if (!code) {
            report_uncaught(0);
            continue;
        }
        KrObject *res = kr_eval_code(code, d, d, NULL);
        KR_DECREF(code);
        if (res) {
            KR_DECREF(res);
            continue;
        }
        if (kr_err_matches(kr_exc_SystemExit)) {
            status = kr_run_handle_uncaught();
            goto done;
        }
        report_uncaught(0);
    }
    status = 0;
done:
    kr_raw_free(buf);
    KR_DECREF(filename);
    flush_stream("stdout");
    flush_stream("stderr");
    return status;
}
