/* import_main.h — running a module (-m) or a compiled .pyc file as __main__. */
#ifndef KR_IMPORT_MAIN_H
#define KR_IMPORT_MAIN_H

/* `krait -m modname`: runpy._run_module_as_main(modname, True) as CPython's
 * pymain_run_module. Returns the process exit status (the traceback of an
 * uncaught exception printed). */
int kr_import_main_run_module(const char *modname);
/* 1 if path names a compiled file: it ends in ".pyc", or it starts with
 * krait's four magic bytes. Never fails. */
int kr_import_main_is_pyc(const char *path);
/* Runs a .pyc file (16-byte header with krait's magic, then a marshalled
 * code object) as __main__, with __loader__ a SourcelessFileLoader.
 * "Bad magic number in .pyc file" / "Bad code object in .pyc file" are
 * RuntimeErrors, as in CPython. Returns the exit status. */
int kr_import_main_run_pyc(const char *path);
#endif
