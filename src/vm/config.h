/* config.h — the run-time configuration taken from the command line and the
 * environment (sys.flags, -X options). Filled by main.c before
 * kr_runtime_init(); read by sys, import and the REPL. */
#ifndef KR_CONFIG_H
#define KR_CONFIG_H

typedef struct {
    int argc;                  /* sys.argv as it will be shown to the program */
    char **argv;
    const char *program;       /* argv[0] of the process, for sys.executable */
    int inspect;               /* -i */
    int quiet;                 /* -q */
    int ignore_environment;    /* -E */
    int isolated;              /* -I */
    int dont_write_bytecode;   /* -B or PYTHONDONTWRITEBYTECODE */
    int no_site;               /* -S */
    int unbuffered;            /* -u */
    int optimize;              /* -O count */
    int verbose;               /* -v count */
    int safe_path;             /* -P */
    int bytes_warning;         /* -b count */
    int interactive;           /* running the REPL */
    const char *xoptions[32];  /* -X name[=value], in order */
    int nxoptions;
    const char *warnoptions[32]; /* -W */
    int nwarnoptions;
} KrConfig;

extern KrConfig kr_config;

#endif
