/* lifecycle.c — brings the runtime up in dependency order and down again.
 * Each subsystem exposes kr_<stem>_init(); the order below is the one place
 * that knows what needs what. */
#include "lifecycle.h"
#include "../modules/atexitmodule.h"
#include "../modules/stdio.h"
#include "state.h"
#include "../memory/gc.h"
#include "../objects/hash.h"
#include "../objects/str.h"
#include "../objects/ids.h"
#include "../objects/type.h"
#include "../objects/tuple.h"
#include "../objects/list.h"
#include "../objects/dict.h"
#include "../objects/set.h"
#include "../objects/slice.h"
#include "../objects/range.h"
#include "../objects/iter.h"
#include "../objects/memoryview.h"
#include "../objects/genericalias.h"
#include "../objects/bytes.h"
#include "../modules/codecsmodule.h"
#include "../objects/int.h"
#include "../objects/bool.h"
#include "../objects/float.h"
#include "../objects/exceptions.h"
#include "../objects/code.h"
#include "../objects/function.h"
#include "../objects/cell.h"
#include "../objects/frameobject.h"
#include "../objects/traceback_obj.h"
#include "../objects/gen.h"
#include "../objects/weakref.h"
#include "eval.h"
#include "../modules/builtins.h"
#include "../modules/sys.h"

#include <stdio.h>

typedef struct {
    const char *name;
    int (*init)(void);
} KrInitStep;

static const KrInitStep init_steps[] = {
    { "thread state", kr_state_init },
    { "gc", kr_gc_init },
    { "hash", kr_hash_init },
    { "str", kr_str_init },
    { "ids", kr_ids_init },
    /* object, type and every core type ready (objects/type.c); after str+ids */
    { "types", kr_types_init },
    /* the exception classes, early so that later steps can raise */
    { "exceptions", kr_exceptions_init },
    /* numbers: GMP's allocator, int/bool/float/complex (objects/int.c, bool.c, float.c) */
    { "int", kr_int_init },
    { "bool", kr_bool_init },
    { "float", kr_float_init },
    /* containers and iteration types: their iterators, views and helpers */
    { "tuple", kr_tuple_init },
    { "list", kr_list_init },
    { "dict", kr_dict_init },
    { "set", kr_set_init },
    { "slice", kr_slice_init },
    { "range", kr_range_init },
    { "iter", kr_iter_init },
    { "bytes", kr_bytes_init },
    { "memoryview", kr_memoryview_init },
    { "genericalias", kr_genericalias_init },
    { "code", kr_code_init },
    /* the VM's object types and the eval loop (SIGINT handler) */
    { "function", kr_function_init },
    { "cell", kr_cell_init },
    { "frame", kr_frameobject_init },
    { "traceback", kr_traceback_obj_init },
    { "generators", kr_gen_init },
    { "eval", kr_eval_init },
    /* weakref.ref and the proxy types (objects/weakref.c) */
    { "weakref", kr_weakref_init },
    /* INIT-STEPS: subsystems add themselves here, in dependency order. */
    /* the runtime library: after every core type is ready */
    { "builtins", kr_builtins_init },
    { "sys", kr_sys_init },
    /* str.encode/bytes.decode reach registered codecs through _codecs */
    { "codecs", kr_codecsmodule_init },
};

int kr_runtime_init(void)
{
    for (size_t i = 0; i < sizeof init_steps / sizeof init_steps[0]; i++) {
        if (init_steps[i].init() < 0) {
            fprintf(stderr, "Fatal Python error: cannot initialize %s\n", init_steps[i].name);
            return -1;
        }
    }
    return 0;
}

/* Shutdown, as CPython's Py_FinalizeEx begins: the atexit callbacks run,
 * then the standard streams are flushed. Module teardown and the final
 * collection come with the memory issue. */
void kr_runtime_fini(void)
{
    kr_atexit_run_all();
    kr_stdio_flush_all();
}
