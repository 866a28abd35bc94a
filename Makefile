# krait — build with GNU Make. `make` builds build/krait; `make test` runs
# every test suite; `make bench` compares krait with CPython 3.11.
CC ?= cc
CFLAGS ?= -O2 -g
KR_CFLAGS = -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers \
            -I/usr/include/x86_64-linux-gnu -Iinclude -Isrc -MMD -MP
# Debian's libraries are linked statically (their .a files come with the -dev
# packages): start-up then spends no time in the dynamic linker relocating
# libcrypto and libedit (`krait -c pass`: 7.3M -> 4.1M instructions).
STATIC_LIBS = -lgmp -lutf8proc -lcrypto
EDIT_LIB := $(shell pkg-config --exists libedit 2>/dev/null && echo -ledit -ltinfo -lbsd -lmd)
ifneq ($(EDIT_LIB),)
  KR_CFLAGS += -DKR_HAVE_LIBEDIT
  STATIC_LIBS += $(EDIT_LIB)
endif
LDLIBS = -Wl,-Bstatic $(STATIC_LIBS) -Wl,-Bdynamic -lm -lpthread -ldl

BUILD ?= build
SRC := $(sort $(wildcard src/*/*.c))
OBJ := $(SRC:%.c=$(BUILD)/%.o)
MAIN_OBJ := $(BUILD)/src/main.o
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/unit/%)

.PHONY: all test test-lang test-unit test-parser bench clean debug asan asan-test leaks gc-stress fuzz
all: $(BUILD)/krait

$(BUILD)/krait: $(MAIN_OBJ) $(BUILD)/frozen_modules.o $(BUILD)/libkrait.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# Freezing (docs/internals/import.md): a tool linked with libkrait.a compiles
# CPython's importlib._bootstrap and _bootstrap_external with krait's compiler
# and marshals them into $(BUILD)/frozen_modules.c, which only krait links.
FREEZE_DIR = /usr/lib/python3.11/importlib
FREEZE_MODS = _frozen_importlib=importlib._bootstrap=$(FREEZE_DIR)/_bootstrap.py \
              _frozen_importlib_external=importlib._bootstrap_external=$(FREEZE_DIR)/_bootstrap_external.py \
              zipimport=zipimport=/usr/lib/python3.11/zipimport.py
$(BUILD)/freeze: $(BUILD)/src/freeze.o $(BUILD)/libkrait.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/frozen_modules.c: $(BUILD)/freeze $(FREEZE_DIR)/_bootstrap.py $(FREEZE_DIR)/_bootstrap_external.py \
                           /usr/lib/python3.11/zipimport.py
	$(BUILD)/freeze $@ $(FREEZE_MODS)

$(BUILD)/frozen_modules.o: $(BUILD)/frozen_modules.c
	$(CC) $(KR_CFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/libkrait.a: $(OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(KR_CFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/unit/%: tests/unit/%.c $(BUILD)/frozen_modules.o $(BUILD)/libkrait.a
	@mkdir -p $(dir $@)
	$(CC) $(KR_CFLAGS) $(CFLAGS) -o $@ $< $(BUILD)/frozen_modules.o $(BUILD)/libkrait.a $(LDLIBS)

test: all $(UNIT_BIN)
	KRAIT=$(BUILD)/krait tools/run_tests.sh $(UNIT_BIN)

test-unit: $(UNIT_BIN)
	tools/run_unit_tests.sh $(UNIT_BIN)

test-lang: all
	tools/run_lang_tests.py --krait $(BUILD)/krait

test-parser: all
	tools/check_stdlib_parse.py

bench: all
	tools/bench.py

# Checks (docs/internals/checks.md). The output folders can be moved:
# `make debug DEBUG_BUILD=/tmp/b-me-debug`.
DEBUG_BUILD ?= build-debug
ASAN_BUILD ?= build-asan
ASAN_CFLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined \
              -fno-omit-frame-pointer
# LeakSanitizer is on (detect_leaks=1); tools/asan.supp lists by-design exceptions.
ASAN_ENV = KRAITMALLOC=malloc \
    ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:print_stacktrace=1:detect_stack_use_after_return=0:strict_string_checks=0:allocator_may_return_null=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions=$(CURDIR)/tools/asan.supp:print_suppressions=0
GC_STRESS ?= 1000
LEAK_RUNS ?= 4

# debug: assertions (KR_ASSERT) and sys.gettotalrefcount(); no -DNDEBUG.
debug:
	$(MAKE) BUILD=$(DEBUG_BUILD) CFLAGS="-Og -g -DKR_DEBUG"

# leaks: each differential test LEAK_RUNS+warm-up times in one debug process.
leaks: debug
	tools/run_lang_tests.py --krait $(DEBUG_BUILD)/krait --leaks $(LEAK_RUNS) -j2

# (the build runs the freeze tool, an ASan binary too: its leaks at exit do not matter)
asan:
	ASAN_OPTIONS=detect_leaks=0 $(MAKE) BUILD=$(ASAN_BUILD) CC=clang CFLAGS="$(ASAN_CFLAGS)" \
	    $(ASAN_BUILD)/krait $(UNIT_SRC:tests/unit/%.c=$(ASAN_BUILD)/unit/%)

# asan-test: `make test` (unit + stdlib parse + cli + lang) on the ASan+UBSan build.
# test_obmalloc checks the pools of pymalloc, which KRAITMALLOC=malloc turns off.
ASAN_UNIT = $(filter-out %/test_obmalloc,$(UNIT_SRC:tests/unit/%.c=$(ASAN_BUILD)/unit/%))
asan-test: asan
	$(ASAN_ENV) KRAIT=$(ASAN_BUILD)/krait TEST_TIMEOUT=120 KNOWN_FAILURES=tests/known_failures_asan.txt \
	    tools/run_tests.sh $(ASAN_UNIT)

# gc-stress: the lang suite with a full collection every GC_STRESS tracked
# allocations (KRAIT_GC_STRESS, read by the collector).
gc-stress: all
	KRAIT_GC_STRESS=$(GC_STRESS) tools/run_lang_tests.py --krait $(BUILD)/krait --timeout 300 \
	    --known tests/known_failures_gcstress.txt

# fuzz: libFuzzer with ASan+UBSan on marshal.loads (fuzz/fuzz_marshal_loads.c)
# for FUZZ_TIME seconds, seeded with marshal.dumps output of CPython and of
# krait (docs/internals/marshal.md). Needs clang and libclang-rt-14-dev.
FUZZ_BUILD ?= build-fuzz
FUZZ_TIME ?= 60
FUZZ_CFLAGS = -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined \
              -fno-omit-frame-pointer
FUZZ_ENV = KRAITMALLOC=malloc ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fuzz: all
	$(MAKE) BUILD=$(FUZZ_BUILD) CC=clang CFLAGS="$(FUZZ_CFLAGS)" $(FUZZ_BUILD)/libkrait.a
	clang $(KR_CFLAGS) $(subst fuzzer-no-link,fuzzer,$(FUZZ_CFLAGS)) -o $(FUZZ_BUILD)/fuzz_marshal_loads \
	    fuzz/fuzz_marshal_loads.c $(FUZZ_BUILD)/libkrait.a $(LDLIBS)
	@mkdir -p $(FUZZ_BUILD)/corpus-marshal
	$(BUILD)/krait fuzz/gen_marshal_corpus.py $(FUZZ_BUILD)/seeds-marshal
	/usr/bin/python3.11 fuzz/gen_marshal_corpus.py $(FUZZ_BUILD)/seeds-marshal
	$(FUZZ_ENV) $(FUZZ_BUILD)/fuzz_marshal_loads -max_total_time=$(FUZZ_TIME) -max_len=4096 \
	    -artifact_prefix=$(FUZZ_BUILD)/ \
	    $(FUZZ_BUILD)/corpus-marshal $(FUZZ_BUILD)/seeds-marshal

clean:
	rm -rf build build-debug build-asan build-fuzz

-include $(OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(BUILD)/src/freeze.d
