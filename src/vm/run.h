/* run.h — running programs: a file or string as __main__, code objects in
 * a namespace, and the interactive loop. */
#ifndef KR_RUN_H
#define KR_RUN_H
#include "../objects/object.h"

/* Runs a source file (or a .pyc) as the __main__ module. Returns the process
 * exit status: 0, 1 after printing an uncaught exception's traceback, or
 * the code of a SystemExit (printing its message if it is not an int). */
int kr_run_main_file(const char *path);
/* Same for `-c cmd` (filename "<string>") and piped stdin ("<stdin>"). */
int kr_run_main_string(const char *source, const char *filename);
/* The __main__ module, created and put into sys.modules (with __builtins__,
 * __loader__/__spec__/__package__ None) on the first call. Borrowed, or
 * NULL with an exception. */
KrObject *kr_run_main_module_borrow(void);
/* The interactive loop (>>> and ... prompts, expression values echoed);
 * returns the exit status. */
int kr_run_repl(void);
/* Executes a code object with the given globals and locals (locals may be
 * the globals). New reference to the result (None for modules). */
KrObject *kr_run_code(KrObject *code, KrObject *globals, KrObject *locals);
/* Prints the pending exception as the top level does and returns the exit
 * status it implies (SystemExit -> its code, others -> 1). */
int kr_run_handle_uncaught(void);
#endif
