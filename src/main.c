/* main.c — the krait command line: option parsing (CPython's common options),
 * then a script, -c command, stdin, or the REPL. */
#include "vm/config.h"
#include "vm/lifecycle.h"
#include "vm/run.h"
#include "parser/parser.h"
#include "compiler/compile.h"
#include "modules/impmodule.h"
#include "vm/import_main.h"
#include "vm/state.h"
#include "objects/dict.h"
#include "objects/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define KR_VERSION_TEXT "Python 3.11.2 (krait 0.1.0)"

static const char usage_text[] =
    "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-I     : isolate krait from the user's environment (implies -E and -s)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-O     : remove assert and __debug__-dependent statements\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-s     : don't add user site directory to sys.path\n"
    "-S     : don't imply 'import site' on initialization\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-v     : verbose (trace import statements)\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "-W arg : warning control\n"
    "-X opt : set implementation-specific option:\n"
    "         -X importtime         show how long each import takes\n"
    "         -X pycache_prefix=PATH write .pyc files to a parallel tree at PATH\n"
    "         -X ast-dump FILE  print ast.dump(ast.parse(source)) of FILE\n"
    "         -X dis FILE       disassemble FILE's bytecode\n"
    "--check-hash-based-pycs always|default|never:\n"
    "         control how Python invalidates hash-based .pyc files\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

static int has_xoption(const char *name)
{
    for (int i = 0; i < kr_config.nxoptions; i++)
        if (strcmp(kr_config.xoptions[i], name) == 0) return 1;
    return 0;
}

static void usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                    "Try `krait -h' for more information.\n");
    exit(2);
}

/* Options that take an argument may have it attached (-cprint(1)) or as the
 * next word. Returns the argument, advancing *i. */
static const char *option_argument(int argc, char **argv, int *i, const char *rest, char opt)
{
    if (*rest) return rest;
    if (*i + 1 >= argc) {
        char buf[4] = { '-', opt, 0 };
        usage_error("Argument expected for the %s option\n", buf);
    }
    return argv[++*i];
}

/* sys.pycache_prefix from -X pycache_prefix=PATH, else PYTHONPYCACHEPREFIX
 * (not with -E); an empty value means None, as in CPython. 0 or -1. */
static int set_pycache_prefix(void)
{
    const char *prefix = NULL;
    int from_x = 0;
    for (int i = 0; i < kr_config.nxoptions; i++) {
        const char *o = kr_config.xoptions[i];
        if (strncmp(o, "pycache_prefix", 14) == 0 && (o[14] == '=' || o[14] == 0)) {
            prefix = o[14] == '=' ? o + 15 : NULL;
            from_x = 1;
        }
    }
    if (!from_x && !kr_config.ignore_environment) prefix = getenv("PYTHONPYCACHEPREFIX");
    if (!prefix || !*prefix) return 0;
    KrObject *v = kr_str_from_utf8_surrogateescape(prefix, (ssize_t)strlen(prefix));
    int r = v ? kr_dict_set_item_str(kr_interp.sysdict, "pycache_prefix", v) : -1;
    KR_XDECREF(v);
    return r;
}

int main(int argc, char **argv)
{
    const char *command = NULL, *module = NULL, *script = NULL;
    int i;

    kr_config.program = argv[0];
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "--") == 0) { i++; break; }
        if (strcmp(a, "--version") == 0) { puts(KR_VERSION_TEXT); return 0; }
        if (strcmp(a, "--help") == 0) { fputs(usage_text, stdout); return 0; }
        if (strcmp(a, "--check-hash-based-pycs") == 0) {
            if (i + 1 >= argc) usage_error("Argument expected for the %s option\n", a);
            const char *mode = argv[++i];
            if (strcmp(mode, "always") != 0 && strcmp(mode, "never") != 0 && strcmp(mode, "default") != 0)
                usage_error("--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n", "");
            kr_imp_set_check_hash_based_pycs(mode);
            continue;
        }
        if (a[1] == '-') usage_error("unknown option %s\n", a);
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c': command = option_argument(argc, argv, &i, p + 1, 'c'); goto options_done;
            case 'm': module = option_argument(argc, argv, &i, p + 1, 'm'); goto options_done;
            case 'X':
                if (kr_config.nxoptions < 32)
                    kr_config.xoptions[kr_config.nxoptions++] = option_argument(argc, argv, &i, p + 1, 'X');
                goto next_word;
            case 'W':
                if (kr_config.nwarnoptions < 32)
                    kr_config.warnoptions[kr_config.nwarnoptions++] = option_argument(argc, argv, &i, p + 1, 'W');
                goto next_word;
            case 'B': kr_config.dont_write_bytecode = 1; break;
            case 'E': kr_config.ignore_environment = 1; break;
            case 'I': kr_config.isolated = kr_config.ignore_environment = kr_config.safe_path = 1; break;
            case 'i': kr_config.inspect = 1; break;
            case 'q': kr_config.quiet = 1; break;
            case 'O': kr_config.optimize++; break;
            case 'v': kr_config.verbose++; break;
            case 'b': kr_config.bytes_warning++; break;
            case 'u': kr_config.unbuffered = 1; break;
            case 'S': kr_config.no_site = 1; break;
            case 'P': kr_config.safe_path = 1; break;
            case 's': break;
            case 'V': puts(KR_VERSION_TEXT); return 0;
            case 'h': case '?': fputs(usage_text, stdout); return 0;
            default: {
                char buf[4] = { '-', *p, 0 };
                usage_error("Unknown option: %s\n", buf);
            }
            }
        }
    next_word:;
    }
options_done:
    if (!command && !module && i < argc) script = argv[i];
    if (command || module) i++;

    if (!kr_config.ignore_environment) {
        const char *v = getenv("PYTHONDONTWRITEBYTECODE");
        if (v && *v) kr_config.dont_write_bytecode = 1;
        v = getenv("PYTHONINSPECT");
        if (v && *v) kr_config.inspect = 1;
        v = getenv("PYTHONUNBUFFERED");
        if (v && *v) kr_config.unbuffered = 1;
        v = getenv("PYTHONSAFEPATH");
        if (v && *v) kr_config.safe_path = 1;
        v = getenv("PYTHONVERBOSE");   /* a number, as CPython: "1" or more lines of -v */
        if (v && *v) {
            int n = atoi(v);
            if (n < 1) n = 1;
            if (kr_config.verbose < n) kr_config.verbose = n;
        }
    }

    /* sys.argv: ['-c', args...], [module path placeholder, ...], [script, ...] or [''] */
    static char *empty_argv[] = { "", NULL };
    if (command) {
        argv[i - 1] = "-c";
        kr_config.argc = argc - (i - 1);
        kr_config.argv = argv + (i - 1);
    } else if (module) {
        argv[i - 1] = "-m";
        kr_config.argc = argc - (i - 1);
        kr_config.argv = argv + (i - 1);
    } else if (script) {
        kr_config.argc = argc - i;
        kr_config.argv = argv + i;
    } else {
        kr_config.argc = 1;
        kr_config.argv = empty_argv;
    }

    /* Tool modes that need only the front end. */
    if (script && has_xoption("ast-dump")) {
        if (kr_runtime_init() < 0) return 1;
        int rc = kr_ast_dump_file(script);
        kr_runtime_fini();
        return rc;
    }
    if (script && has_xoption("dis")) {
        if (kr_runtime_init() < 0) return 1;
        int rc = kr_dis_file(script);
        kr_runtime_fini();
        return rc;
    }

    /* The REPL reads stdin when it is a terminal, or with -i even when not
     * (CPython then still prints the prompts, to stderr). */
    int interactive_stdin = !command && !module && (!script || strcmp(script, "-") == 0)
                            && (isatty(0) || kr_config.inspect);
    kr_config.interactive = interactive_stdin;
    if (kr_runtime_init() < 0) return 1;
    if (set_pycache_prefix() < 0) return 1;

    int status;
    if (command) {
        status = kr_run_main_string(command, "<string>");
    } else if (module) {
        status = kr_import_main_run_module(module);
    } else if (script && strcmp(script, "-") != 0) {
        status = kr_import_main_is_pyc(script) ? kr_import_main_run_pyc(script) : kr_run_main_file(script);
    } else if (interactive_stdin) {
        if (!kr_config.quiet)
            fprintf(stderr, "%s\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
                    KR_VERSION_TEXT);
        status = kr_run_repl();
    } else {
        /* Piped stdin: read it all and run it as a script named <stdin>. */
        size_t cap = 1 << 16, len = 0, n;
        char *src = malloc(cap);
        while (src && (n = fread(src + len, 1, cap - len - 1, stdin)) > 0) {
            len += n;
            if (len + 1 >= cap) src = realloc(src, cap *= 2);
        }
        if (!src) { fprintf(stderr, "krait: out of memory reading stdin\n"); return 1; }
        src[len] = 0;
        status = kr_run_main_string(src, "<stdin>");
        free(src);
    }
    if (kr_config.inspect && !interactive_stdin) {
        kr_config.interactive = 1;
        status = kr_run_repl();
    }
    kr_runtime_fini();
    return status;
}
