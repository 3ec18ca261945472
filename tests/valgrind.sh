#!/bin/sh
# make valgrind: every SQL golden test (tests/sql/*.sql) run by the sqlite3
# shell under valgrind memcheck, with the release build of the extension.
# A test fails on any memcheck error (invalid read/write, use of an
# uninitialized value, a definite leak) or when its output differs from
# its .expected file. Slow (about 20-50x), so not part of make test.
set -u
cd "$(dirname "$0")/.." || exit 1
command -v valgrind > /dev/null 2>&1 || { echo "valgrind is not installed"; exit 1; }
SHARED=${SHARED:-$(cd .. && pwd)/shared}
[ -d "$SHARED/eval" ] || SHARED=""
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
for sql in tests/sql/*.sql; do
    base=${sql%.sql}
    name=$(basename "$base")
    if head -1 "$sql" | grep -q 'needs: shared' && [ -z "$SHARED" ]; then
        echo "SKIP: $name (../shared is absent)"; continue
    fi
    sed "s|@SHARED@|$SHARED|g" "$sql" > "$tmp/in.sql"
    # stdbuf outside: valgrind does not follow the exec of stdbuf's child
    stdbuf -oL valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
        --track-origins=yes --suppressions=tests/valgrind.supp --log-file="$tmp/vg.log" \
        sqlite3 -batch :memory: -cmd ".load ./newsext" < "$tmp/in.sql" > "$tmp/out" 2>&1
    rc=$?
    if [ $rc -eq 99 ]; then
        echo "FAIL: $name: memcheck errors"; grep -v '^==[0-9]*== *$' "$tmp/vg.log" | head -40; fail=$((fail + 1))
    elif ! cmp -s "$tmp/out" "$base.expected"; then
        echo "FAIL: $name: output differs under valgrind"; diff "$base.expected" "$tmp/out" | head -20
        fail=$((fail + 1))
    else
        echo "ok: $name ($(sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1 errors/p' "$tmp/vg.log" | tail -1))"
        pass=$((pass + 1))
    fi
done
echo "valgrind: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
