#!/bin/sh
# `make test`: the C unit tests, the stdlib parse check and the differential
# tests. Each prints its own "N passed, N failed"; the last line sums them up.
cd "$(dirname "$0")/.." || exit 1
status=0
tools/run_unit_tests.sh build/unit/* || status=1
tools/check_stdlib_parse.py || status=1
tools/run_lang_tests.py || status=1
[ $status -eq 0 ] && echo "make test: all suites passed" || echo "make test: FAILURES"
exit $status
