/* sremodule.h — the built-in _sre module (sremodule.c, sre_match.c): the
 * regular expression engine behind the pure-Python re package (3.11 codes). */
#ifndef KR_SREMODULE_H
#define KR_SREMODULE_H
#include "../objects/module.h"
#include <stdint.h>
#include <sys/types.h>

/* The module definition, listed in registry.c. */
extern KrModuleDef kr_sremodule_def;
/* re.Pattern, re.Match and the scanner type. */
extern KrTypeObject kr_sre_pattern_type, kr_sre_match_type, kr_sre_scanner_type;

/* Matching state shared by sremodule.c and sre_match.c. */
typedef struct { int kind; ssize_t idx; ssize_t old; } KrSreTrail;
typedef struct { int act; ssize_t pc, pos, trail, a; } KrSreChoice;
typedef struct { ssize_t count, pc, last_pos, prev; } KrSreRep;
typedef struct {
    int kind;                   /* 1, 2 or 4 bytes per character */
    const void *data;
    ssize_t end;                /* endpos */
    ssize_t search_start;
    int must_end, must_advance, bad;
    const uint32_t *code;
    ssize_t codesize;
    ssize_t *marks, nmarks;     /* 2 per capture group; -1 unset */
    ssize_t lastindex;
    KrSreTrail *trail; ssize_t ntrail, atrail;
    KrSreChoice *ch; ssize_t nch, ach;
    KrSreRep *reps; ssize_t nreps, areps;
    ssize_t currep;
} KrSreState;

/* Runs the code from pc at pos: 1 and *end set on success, 0 on failure,
 * -1 with an exception set (bad code or memory). depth 0 is the top level. */
int kr_sre_run(KrSreState *st, ssize_t pc, ssize_t pos, int depth, ssize_t *end);
/* Resets marks/stacks and tries a match at pos (1/0/-1); end in *end. */
int kr_sre_match_at(KrSreState *st, ssize_t pos, ssize_t *end);
/* Searches from pos: 1 with start and end set, 0 if none, -1 on error. */
int kr_sre_search(KrSreState *st, ssize_t pos, ssize_t *start, ssize_t *end);
/* Frees the stacks (not marks). */
void kr_sre_state_fini(KrSreState *st);
/* Case helpers used by the module functions. */
uint32_t kr_sre_lower_ascii(uint32_t ch);
uint32_t kr_sre_lower_unicode(uint32_t ch);
uint32_t kr_sre_upper_unicode(uint32_t ch);
#endif
