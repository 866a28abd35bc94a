#!/bin/sh
# `make test`: the C unit tests (the binaries given as arguments), the stdlib
# parse check, the command-line cases and the differential tests. Each
# prints "N passed, N failed".
cd "$(dirname "$0")/.." || exit 1
status=0
tools/run_unit_tests.sh "$@" || status=1
tools/check_stdlib_parse.py || status=1
tools/run_cli_tests.py || status=1
tools/run_lang_tests.py || status=1
[ $status -eq 0 ] && echo "make test: all suites passed" || echo "make test: FAILURES"
exit $status
