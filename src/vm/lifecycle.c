/* lifecycle.c — brings the runtime up in dependency order and down again.
 * Each subsystem exposes kr_<stem>_init(); the order below is the one place
 * that knows what needs what. */
#include "lifecycle.h"
#include "state.h"
#include "../memory/gc.h"

#include <stdio.h>

typedef struct {
    const char *name;
    int (*init)(void);
} KrInitStep;

static const KrInitStep init_steps[] = {
    { "thread state", kr_state_init },
    { "gc", kr_gc_init },
    /* INIT-STEPS: subsystems add themselves here, in dependency order. */
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

void kr_runtime_fini(void)
{
}
