/* frame.c — the per-thread data stack that holds frame records, and the
 * record helpers (init, clear, lazy frame objects, locals snapshots).
 *
 * The data stack is a list of chunks; records are carved LIFO from the
 * current chunk and a new chunk is linked in when one does not fit. One
 * spare chunk is kept so that a call at a chunk boundary does not malloc
 * and free on every iteration of a loop. */
#include "frame.h"
#include "err.h"
#include "../memory/mem.h"
#include "../objects/frameobject.h"
#include "../objects/cell.h"
#include "../objects/dict.h"
#include "../objects/tuple.h"
#include "../objects/bytes.h"

#include <string.h>

#define KR_DATA_CHUNK_WORDS ((size_t)32 * 1024)   /* 256 KiB */

typedef struct KrDataChunk {
    struct KrDataChunk *previous;
    size_t nwords;
    KrObject *data[];
} KrDataChunk;

typedef struct {
    KrDataChunk *chunk;        /* current chunk */
    KrObject **top;            /* first free word in it */
    KrObject **limit;          /* end of it */
    KrDataChunk *spare;        /* a released chunk kept for reuse */
} KrDataStack;

static KrDataStack *datastack_get(KrThreadState *ts)
{
    if (!ts->datastack) ts->datastack = kr_raw_calloc(1, sizeof(KrDataStack));
    return ts->datastack;
}

static int datastack_push_chunk(KrDataStack *ds, size_t words)
{
    KrDataChunk *c;
    size_t n = words > KR_DATA_CHUNK_WORDS ? words : KR_DATA_CHUNK_WORDS;
    if (ds->spare && ds->spare->nwords >= n) {
        c = ds->spare;
        ds->spare = NULL;
    } else {
        c = kr_raw_alloc(sizeof(KrDataChunk) + n * sizeof(KrObject *));
        if (!c) return -1;
        c->nwords = n;
    }
    c->previous = ds->chunk;
    /* remember where the previous chunk's top was: in its last word slot of
     * this chunk's header we keep it via the previous pointer + saved top */
    if (ds->chunk) ds->chunk->data[ds->chunk->nwords - 1] = (KrObject *)ds->top;
    ds->chunk = c;
    ds->top = c->data;
    ds->limit = c->data + c->nwords - 1;   /* last word reserved for the saved top */
    return 0;
}

KrFrame *kr_frame_alloc(size_t words)
{
    KrDataStack *ds = datastack_get(kr_tstate);
    if (!ds) {
        kr_err_no_memory();
        return NULL;
    }
    if (!ds->top || ds->top + words > ds->limit) {
        if (datastack_push_chunk(ds, words + 1) < 0) {
            kr_err_no_memory();
            return NULL;
        }
    }
    KrFrame *f = (KrFrame *)ds->top;
    ds->top += words;
    return f;
}

void kr_frame_free(KrFrame *f)
{
    KrDataStack *ds = kr_tstate->datastack;
    KrObject **p = (KrObject **)f;
    if (p == ds->chunk->data && ds->chunk->previous) {
        KrDataChunk *c = ds->chunk;
        ds->chunk = c->previous;
        ds->top = (KrObject **)ds->chunk->data[ds->chunk->nwords - 1];
        ds->limit = ds->chunk->data + ds->chunk->nwords - 1;
        if (ds->spare) kr_raw_free(ds->spare);
        ds->spare = c;
        return;
    }
    ds->top = p;
}

void kr_frame_stack_fini(KrThreadState *ts)
{
    KrDataStack *ds = ts->datastack;
    if (!ds) return;
    KrDataChunk *c = ds->chunk;
    while (c) {
        KrDataChunk *prev = c->previous;
        kr_raw_free(c);
        c = prev;
    }
    if (ds->spare) kr_raw_free(ds->spare);
    kr_raw_free(ds);
    ts->datastack = NULL;
}

void kr_frame_init(KrFrame *f, KrObject *func, KrCodeObject *code, KrObject *globals,
                   KrObject *builtins, KrObject *locals)
{
    f->f_func = kr_xnewref(func);
    f->f_code = (KrCodeObject *)kr_newref(code);
    f->f_globals = kr_newref(globals);
    f->f_builtins = kr_newref(builtins);
    f->f_locals = kr_xnewref(locals);
    f->previous = NULL;
    f->frame_obj = NULL;
    f->prev_instr = NULL;
    f->stacktop = 0;
    f->owner = KR_FRAME_OWNED_BY_THREAD;
    f->is_entry = 0;
    f->state = KR_FRAME_CREATED;
    f->pad_ = 0;
    int n = code->co_nlocalsplus;
    for (int i = 0; i < n; i++) f->localsplus[i] = NULL;
}

void kr_frame_clear(KrFrame *f)
{
    /* Releasing locals may run __del__ methods (Python code): keep a
     * propagating exception out of their way. */
    KrObject *pending = kr_err_fetch();
    /* the value stack first (a suspended generator may hold entries) */
    KrObject **base = f->localsplus + (f->f_code ? f->f_code->co_nlocalsplus : 0);
    while (f->stacktop > 0) {
        f->stacktop--;
        KR_CLEAR(base[f->stacktop]);
    }
    if (f->frame_obj) {
        KrFrame *back = NULL;
        if (f->owner == KR_FRAME_OWNED_BY_THREAD) back = kr_frame_skip_incomplete(f->previous);
        kr_frameobject_detach(f->frame_obj, back);
        kr_err_clear();
    }
    if (f->f_code) {
        int n = f->f_code->co_nlocalsplus;
        for (int i = 0; i < n; i++) KR_CLEAR(f->localsplus[i]);
    }
    KR_CLEAR(f->f_locals);
    KR_CLEAR(f->f_func);
    KR_CLEAR(f->f_globals);
    KR_CLEAR(f->f_builtins);
    KR_CLEAR(f->f_code);
    f->state = KR_FRAME_CLEARED;
    if (kr_err_occurred()) kr_err_write_unraisable(NULL);
    kr_err_restore(pending);
}

KrFrame *kr_frame_skip_incomplete(KrFrame *f)
{
    while (f && f->state == KR_FRAME_CREATED && f->prev_instr == NULL) f = f->previous;
    return f;
}

KrObject *kr_frame_object_for(KrFrame *f)
{
    if (!f->frame_obj) {
        f->frame_obj = kr_frameobject_new(f);
        if (!f->frame_obj) return NULL;
    }
    return kr_newref(f->frame_obj);
}

KrObject *kr_frame_get_object(int depth)
{
    KrFrame *f = kr_frame_skip_incomplete(kr_tstate->frame);
    while (depth > 0 && f) {
        f = kr_frame_skip_incomplete(f->previous);
        depth--;
    }
    if (!f) {
        kr_err_set_string(kr_exc_ValueError, "call stack is not deep enough");
        return NULL;
    }
    return kr_frame_object_for(f);
}

int kr_frame_get_lineno(KrFrame *f)
{
    int lasti = kr_frame_lasti(f);
    if (lasti < 0) return f->f_code->co_firstlineno;
    return kr_code_addr2line(f->f_code, lasti);
}

KrObject *kr_frame_get_locals(KrFrame *f)
{
    KrCodeObject *co = f->f_code;
    if (!(co->co_flags & KR_CO_OPTIMIZED) && f->f_locals) {
        /* module / class body / exec: the mapping itself, plus free
         * variables are not shown (as CPython for class bodies). */
        return kr_newref(f->f_locals);
    }
    if (!f->f_locals) {
        f->f_locals = kr_dict_new();
        if (!f->f_locals) return NULL;
    }
    KrObject *d = f->f_locals;
    const uint8_t *kinds = (const uint8_t *)KR_BYTES_DATA(co->co_localspluskinds);
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        KrObject *name = KR_TUPLE_GET(co->co_localsplusnames, i);
        KrObject *v = f->localsplus[i];
        int kind = kinds[i];
        if (kind & KR_CO_FAST_FREE && !(co->co_flags & KR_CO_OPTIMIZED)) continue;
        if ((kind & (KR_CO_FAST_CELL | KR_CO_FAST_FREE)) && v && KR_CELL_CHECK(v))
            v = KR_CELL_GET(v);
        if (v) {
            if (kr_dict_set_item(d, name, v) < 0) return NULL;
        } else {
            int r = kr_dict_contains(d, name);
            if (r < 0 || (r > 0 && kr_dict_del_item(d, name) < 0)) return NULL;
        }
    }
    return kr_newref(d);
}
