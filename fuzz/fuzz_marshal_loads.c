/* fuzz_marshal_loads.c — libFuzzer harness for the marshal reader: every
 * input goes to kr_marshal_loads; an object that loads is written back with
 * kr_marshal_dumps (all versions) and read again, so both directions see
 * arbitrary object graphs. Any exception is cleared; only crashes, sanitizer
 * reports and leaks count as failures. Built and run by `make fuzz`. */
#include "vm/lifecycle.h"
#include "vm/err.h"
#include "objects/object.h"
#include "objects/bytes.h"
#include "modules/marshalmodule.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (kr_runtime_init() < 0) {
        fprintf(stderr, "fuzz_marshal_loads: runtime init failed\n");
        exit(1);
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    KrObject *v = kr_marshal_loads((const char *)data, (ssize_t)size);
    if (!v) {
        kr_err_clear();
        return 0;
    }
    for (int version = 0; version <= KR_MARSHAL_VERSION; version++) {
        KrObject *d = kr_marshal_dumps(v, version);
        if (!d) {
            kr_err_clear();
            continue;
        }
        KrObject *v2 = kr_marshal_loads(KR_BYTES_DATA(d), KR_SIZE(d));
        if (v2) KR_DECREF(v2);
        else kr_err_clear();
        KR_DECREF(d);
    }
    KR_DECREF(v);
    return 0;
}
