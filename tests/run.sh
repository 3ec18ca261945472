#!/bin/sh
# Runs every test twice: against the release build, then against the
# AddressSanitizer + UndefinedBehaviorSanitizer build (leak detection on).
# Ends with one line: "N passed, N failed[, N skipped]".
#
#   tests/unit/test_*.c      cmocka unit tests of the C core (no SQLite)
#   tests/sql/NAME.sql       run by the sqlite3 shell with the extension
#                            loaded; output must equal NAME.expected.
#                            A first line "-- needs: shared" skips the test
#                            when ../shared is absent; @SHARED@ in the file
#                            is replaced by its path.
#   tests/host/*.sh          other hosts and whole-program checks; exit 0
#                            passes, 77 skips (with a message), else fails.
set -u
cd "$(dirname "$0")/.." || exit 1
SHARED=${SHARED:-$(cd .. && pwd)/shared}
[ -d "$SHARED/eval" ] || SHARED=""
export SHARED
pass=0 fail=0 skip=0
failed_names=""
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok()   { pass=$((pass + 1)); }
bad()  { fail=$((fail + 1)); failed_names="$failed_names $1"; echo "FAIL: $1"; }
skipped() { skip=$((skip + 1)); echo "SKIP: $1 ($2)"; }

asan_runtime() {
    for lib in libasan.so libubsan.so; do
        p=$(${CC:-cc} -print-file-name=$lib)
        [ -f "$p" ] && printf '%s:' "$p"
    done
}

run_flavour() {
    flavour=$1 ext=$2 preload=$3
    echo "== $flavour"
    # cmocka unit tests: each binary prints its own counts.
    for bin in build/$flavour/tests/test_*; do
        [ -x "$bin" ] || continue
        name="$flavour/unit/$(basename "$bin")"
        out=$("$bin" 2>&1); rc=$?
        p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' | tail -1)
        f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' | tail -1)
        pass=$((pass + ${p:-0}))
        if [ "$rc" -ne 0 ] || [ "${f:-0}" -ne 0 ] || [ -z "$p" ]; then
            printf '%s\n' "$out" | grep -v '^\[ *\(RUN\|OK\) *\]' | tail -40
            bad "$name"
        fi
    done
    # SQL tests: golden output.
    for sql in tests/sql/*.sql; do
        [ -f "$sql" ] || continue
        base=${sql%.sql}
        name="$flavour/sql/$(basename "$base")"
        if head -1 "$sql" | grep -q 'needs: shared' && [ -z "$SHARED" ]; then
            skipped "$name" "../shared is absent"; continue
        fi
        sed "s|@SHARED@|$SHARED|g" "$sql" > "$tmp/in.sql"
        # stdbuf: line-buffered stdout keeps results and error messages in order
        LD_PRELOAD="$preload" ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0" \
            stdbuf -oL sqlite3 -batch :memory: -cmd ".load $ext" < "$tmp/in.sql" > "$tmp/out" 2>&1
        if cmp -s "$tmp/out" "$base.expected"; then ok
        else diff "$base.expected" "$tmp/out" | head -30; bad "$name"; fi
    done
    # Host and whole-program checks.
    for t in tests/host/*.sh; do
        [ -f "$t" ] || continue
        name="$flavour/host/$(basename "$t" .sh)"
        NEWSEXT_SO="$ext" NEWSEXT_PRELOAD="$preload" sh "$t" > "$tmp/out" 2>&1; rc=$?
        if [ $rc -eq 0 ]; then ok
        elif [ $rc -eq 77 ]; then skipped "$name" "$(tail -1 "$tmp/out")"
        else tail -30 "$tmp/out"; bad "$name"; fi
    done
}

[ -n "$SHARED" ] || echo "note: ../shared is absent; tests that need it are skipped"
run_flavour rel ./newsext ""
run_flavour san ./build/san/newsext "$(asan_runtime)"
[ -n "$failed_names" ] && echo "failed:$failed_names"
if [ "$skip" -gt 0 ]; then echo "$pass passed, $fail failed, $skip skipped"
else echo "$pass passed, $fail failed"; fi
[ "$fail" -eq 0 ]
