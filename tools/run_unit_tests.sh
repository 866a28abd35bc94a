#!/bin/sh
# Runs the C unit tests given as arguments; the last line is "N passed, N failed".
passed=0; failed=0
for t in "$@"; do
    if "$t" >"$t.log" 2>&1; then passed=$((passed + 1)); else
        failed=$((failed + 1)); echo "FAIL $t"; tail -20 "$t.log"; fi
done
echo "unit: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
