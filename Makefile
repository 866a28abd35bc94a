# krait — build with GNU Make. `make` builds build/krait; `make test` runs
# every test suite; `make bench` compares krait with CPython 3.11.
CC ?= cc
CFLAGS ?= -O2 -g
KR_CFLAGS = -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers \
            -I/usr/include/x86_64-linux-gnu -Iinclude -Isrc -MMD -MP
LDLIBS = -lgmp -lutf8proc -lcrypto -lm -lpthread
EDIT_LIB := $(shell pkg-config --exists libedit 2>/dev/null && echo -ledit)
ifneq ($(EDIT_LIB),)
  KR_CFLAGS += -DKR_HAVE_LIBEDIT
  LDLIBS += $(EDIT_LIB)
endif

BUILD ?= build
SRC := $(sort $(wildcard src/*/*.c))
OBJ := $(SRC:%.c=$(BUILD)/%.o)
MAIN_OBJ := $(BUILD)/src/main.o
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/unit/%)

.PHONY: all test test-lang test-unit test-parser bench clean debug asan
all: $(BUILD)/krait

$(BUILD)/krait: $(MAIN_OBJ) $(BUILD)/libkrait.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/libkrait.a: $(OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(KR_CFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/unit/%: tests/unit/%.c $(BUILD)/libkrait.a
	@mkdir -p $(dir $@)
	$(CC) $(KR_CFLAGS) $(CFLAGS) -o $@ $< $(BUILD)/libkrait.a $(LDLIBS)

test: all $(UNIT_BIN)
	tools/run_tests.sh $(UNIT_BIN)

test-unit: $(UNIT_BIN)
	tools/run_unit_tests.sh $(UNIT_BIN)

test-lang: all
	tools/run_lang_tests.py

test-parser: all
	tools/check_stdlib_parse.py

bench: all
	tools/bench.py

debug:
	$(MAKE) BUILD=build-debug CFLAGS="-O0 -g -DKR_DEBUG"

asan:
	$(MAKE) BUILD=build-asan CC=clang CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer"

clean:
	rm -rf build build-debug build-asan

-include $(OBJ:.o=.d) $(MAIN_OBJ:.o=.d)
