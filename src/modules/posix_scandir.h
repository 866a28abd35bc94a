/* posix_scandir.h — posix.scandir(): ScandirIterator and DirEntry
 * (posix_scandir.c), part of the posix module (posixmodule.c). */
#ifndef KR_POSIX_SCANDIR_H
#define KR_POSIX_SCANDIR_H
#include "posixmodule.h"

/* Readies the DirEntry/ScandirIterator types and adds DirEntry to the
 * posix module. 0 or -1. */
int kr_posix_scandir_init(KrObject *module);
/* posix.scandir(path='.'): an iterator of DirEntry (vectorcall
 * convention). New ref, or NULL + OSError/TypeError. */
KrObject *kr_posix_scandir(KrObject *module, KrObject *const *args, ssize_t nargs,
                           KrObject *kwnames);
#endif
