#!/bin/sh
# Turns tests/limits/AREA.sql (bad-input tests written before the
# functions were merged) into SQL golden tests, once the functions exist.
#
#   sh tests/limits/make_expected.sh               show each output for review
#   sh tests/limits/make_expected.sh --install     then write tests/sql/limits_AREA.sql
#                                                  and .expected, and remove the draft
#   sh tests/limits/make_expected.sh dates         one area
#
# The first line of each draft lists the functions it needs; an area whose
# functions are not all registered is skipped. The output comes from the
# release build and must be identical under the ASan+UBSan build (with leak
# checking), or the area is reported and not installed. READ each output
# before installing: an .expected file records correct behaviour, not
# whatever came out (errors must name the function, positions must satisfy
# substr(text, start, length) = mention, NULL in gives NULL or no rows).
set -u
cd "$(dirname "$0")/../.." || exit 1
install=0
if [ "${1:-}" = "--install" ]; then install=1; shift; fi
make -s newsext.so build/san/newsext.so || exit 1
preload=""
for lib in libasan.so libubsan.so; do
    p=$(${CC:-cc} -print-file-name=$lib)
    [ -f "$p" ] && preload="$preload$p:"
done
out=build/limits
mkdir -p "$out"
areas=${*:-$(for f in tests/limits/*.sql; do basename "$f" .sql; done)}
status=0
for area in $areas; do
    sql=tests/limits/$area.sql
    [ -f "$sql" ] || { echo "$area: no $sql"; status=1; continue; }
    missing=""
    for fn in $(head -1 "$sql" | sed 's/^-- functions://'); do
        n=$(sqlite3 :memory: -cmd '.load ./newsext' \
            "SELECT (SELECT count(*) FROM pragma_function_list WHERE name = '$fn') +
                    (SELECT count(*) FROM pragma_module_list WHERE name = '$fn')")
        [ "$n" -gt 0 ] || missing="$missing $fn"
    done
    if [ -n "$missing" ]; then echo "$area: skipped, not registered:$missing"; continue; fi
    stdbuf -oL sqlite3 -batch :memory: -cmd ".load ./newsext" < "$sql" > "$out/$area.rel" 2>&1
    LD_PRELOAD="$preload" ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0" \
        stdbuf -oL sqlite3 -batch :memory: -cmd ".load ./build/san/newsext" < "$sql" > "$out/$area.san" 2>&1
    echo "===== $area ($sql -> $out/$area.rel)"
    cat "$out/$area.rel"
    if ! cmp -s "$out/$area.rel" "$out/$area.san"; then
        echo "$area: the sanitized build differs (a sanitizer report or leak?):"
        diff "$out/$area.rel" "$out/$area.san" | head -40
        status=1
        continue
    fi
    if [ $install -eq 1 ]; then
        cp "$sql" "tests/sql/limits_$area.sql"
        cp "$out/$area.rel" "tests/sql/limits_$area.expected"
        git rm -q "$sql" 2>/dev/null || rm -f "$sql"
        echo "$area: installed tests/sql/limits_$area.sql and .expected"
    fi
done
exit $status
