/* arena.h — a bump allocator for the AST: every node of one parse lives in
 * one arena and is freed in one go, together with the objects (identifiers,
 * constants) the arena owns. */
#ifndef KR_PARSER_ARENA_H
#define KR_PARSER_ARENA_H

#include "../objects/object.h"

typedef struct KrArena KrArena;

/* A new empty arena; NULL + MemoryError on failure. */
KrArena *kr_arena_new(void);
/* Frees every block and releases every object added with
 * kr_arena_add_object. arena may be NULL. */
void kr_arena_free(KrArena *arena);
/* size bytes of zeroed memory aligned for any C type, valid until the arena
 * is freed; NULL + MemoryError on failure. */
void *kr_arena_alloc(KrArena *arena, size_t size);
/* Makes the arena own obj (the reference is STOLEN; released when the arena
 * is freed). Returns 0, or -1 with MemoryError (obj is then released). obj
 * may be NULL (returns -1 without touching the error state: the caller's
 * failing constructor already set one). */
int kr_arena_add_object(KrArena *arena, KrObject *obj);

#endif
