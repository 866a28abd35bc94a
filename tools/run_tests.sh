#!/bin/sh
# `make test`: the C unit tests (the binaries given as arguments), the stdlib
# parse check, the command-line cases, the differential tests and the .pyc
# lifecycle checks (run_import_tests.py). Each
# prints "N passed, N failed". KRAIT=path tests another binary (make
# asan-test uses build-asan/krait); TEST_TIMEOUT overrides the per-test limit;
# KNOWN_FAILURES=tests/NAME adds a known-failures list (make asan-test's).
cd "$(dirname "$0")/.." || exit 1
KRAIT=${KRAIT:-build/krait}
status=0
tools/run_unit_tests.sh "$@" || status=1
tools/check_stdlib_parse.py --krait "$KRAIT" || status=1
tools/run_cli_tests.py "$KRAIT" || status=1
tools/run_lang_tests.py --krait "$KRAIT" ${TEST_TIMEOUT:+--timeout "$TEST_TIMEOUT"} \
    ${KNOWN_FAILURES:+--known "$KNOWN_FAILURES"} || status=1
tools/run_import_tests.py --krait "$KRAIT" || status=1
[ $status -eq 0 ] && echo "make test: all suites passed" || echo "make test: FAILURES"
exit $status
