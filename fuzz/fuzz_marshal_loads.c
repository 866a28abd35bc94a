/* fuzz_marshal_loads.c — libFuzzer harness for the marshal reader: every
 * input goes to kr_marshal_loads; an object that loads is written back with
 * kr_marshal_dumps (versions 4 and 3; 2-0 when nothing is shared) and read
 * again, so both directions see arbitrary object graphs. Any exception is
 * cleared; only crashes, sanitizer reports and leaks count as failures.
 * Built and run by `make fuzz`. */
#include "vm/lifecycle.h"
#include "vm/err.h"
#include "objects/object.h"
#include "objects/bytes.h"
#include "modules/marshalmodule.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    /* Versions 4 and 3 first. Below 3 there are no back-references, so a
     * shared graph is written out as a tree, which can be exponentially
     * large (in CPython too): those versions only run when the version-4
     * bytes hold no 'r' byte at all (then nothing was shared). */
    int shared = 1;
    for (int version = KR_MARSHAL_VERSION; version >= 0; version--) {
        if (version < 3 && shared) break;
        KrObject *d = kr_marshal_dumps(v, version);
        if (!d) {
            kr_err_clear();
            continue;
        }
        if (version == KR_MARSHAL_VERSION)
            shared = memchr(KR_BYTES_DATA(d), 'r', (size_t)KR_SIZE(d)) != NULL;
        KrObject *v2 = kr_marshal_loads(KR_BYTES_DATA(d), KR_SIZE(d));
        if (v2) KR_DECREF(v2);
        else kr_err_clear();
        KR_DECREF(d);
    }
    KR_DECREF(v);
    return 0;
}
