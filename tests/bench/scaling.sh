#!/bin/sh
# Time and memory against input size: each function that this build
# registers runs on one input of 1, 10 and 100 MB (SCALING_MB to change),
# and the table shows seconds, seconds per MB (after subtracting the time
# to read the input), peak RSS, and peak RSS per MB of input. Time per MB
# must stay flat from 1 to 100 MB (linear time) and RSS per MB must stay
# bounded (memory proportional to the input). Not part of make test.
# Times are GNU time's (10 ms resolution), so the 1 MB rows are coarse;
# news_files reads its file itself, so its rows are not net of anything.
#
#   sh tests/bench/scaling.sh            (release build, newsext.so)
#   SCALING_MB="1 10" sh tests/bench/scaling.sh
#   SCALING_ONLY=date_ sh tests/bench/scaling.sh     (some functions only)
set -eu
cd "$(dirname "$0")/../.."
make -s newsext.so
sizes=${SCALING_MB:-1 10 100}
dir=build/scaling
key=$(echo "$sizes" | tr ' ' '-')
if [ ! -f "$dir/.built-$key" ]; then
    rm -rf "$dir"
    python3 tests/bench/scaling_inputs.py "$dir" $sizes
    touch "$dir/.built-$key"
fi
has() { sqlite3 :memory: -cmd '.load ./newsext' "SELECT (SELECT count(*) FROM pragma_function_list WHERE name = '$1')
        + (SELECT count(*) FROM pragma_module_list WHERE name = '$1')" | grep -q '^[1-9]'; }

# run LABEL MB SQL: one measurement; prints seconds and peak RSS (KiB)
run() {
    printf '%s\n' "$3" > "$dir/step.sql"
    /usr/bin/time -f '%e %M' -o "$dir/time.out" \
        sqlite3 -batch -bail "$dir/inputs.db" -cmd '.load ./newsext' < "$dir/step.sql" > "$dir/step.out" 2>&1 ||
        { echo "scaling: $1 at $2 MB failed:"; cat "$dir/step.out"; exit 1; }
    cat "$dir/time.out"
}

echo "machine: $(nproc) cores, $(uname -m); newsext $(sqlite3 :memory: -cmd '.load ./newsext' 'SELECT newsext_version()')"
printf '%-34s %6s %8s %9s %9s %10s\n' "function (input)" "MB" "seconds" "s/MB" "peak RSS" "RSS/MB in"
# measure LABEL KIND SQL-with-DOC: DOC is replaced by the input of each size.
# LABEL has no spaces; SCALING_ONLY (a grep pattern) limits the labels run.
measure() {
    printf '%s\n' "$1" | grep -q -- "${SCALING_ONLY:-.}" || return 0
    for mb in $sizes; do
        base=$(run "read input" "$mb" "SELECT length(doc) FROM inputs WHERE kind = '$2' AND mb = $mb;")
        sql=$(printf '%s' "$3" | sed "s|DOC|(SELECT doc FROM inputs WHERE kind = '$2' AND mb = $mb)|g")
        got=$(run "$1" "$mb" "$sql")
        echo "$1 $mb $got $base" | awk '{
            net = $3 - $5; if (net < 0) net = 0
            printf "%-34s %6d %8.2f %9.4f %6.0f MB %10.2f\n", $1, $2, $3, net / $2, $4 / 1024, $4 / 1024 / $2 }'
    done
}

for mb in $sizes; do
    got=$(run "read input" "$mb" "SELECT length(doc) FROM inputs WHERE kind = 'html' AND mb = $mb;")
    echo "sqlite:length(input),baseline $mb $got" | awk '{
        printf "%-34s %6d %8.2f %9.4f %6.0f MB %10.2f\n", $1, $2, $3, $3 / $2, $4 / 1024, $4 / 1024 / $2 }'
done
measure "content_hash(html)" html "SELECT content_hash(DOC);"
for gz in "" ".gz"; do
    for mb in $sizes; do
        got=$(run "news_files" "$mb" "SELECT length(raw), error FROM news_files('$dir/page-$mb.html$gz');")
        echo "news_files(page$gz) $mb $got" | awk '{
            printf "%-34s %6d %8.2f %9.4f %6.0f MB %10.2f\n", $1, $2, $3, $3 / $2, $4 / 1024, $4 / 1024 / $2 }'
    done
done
for fn in article_clean article_meta article_title published_date; do
    has $fn || continue
    measure "$fn(html)" html "SELECT length($fn(DOC));"
done
has article_clean && measure "article_clean(text)" text "SELECT length(article_clean(DOC));"
has extract_persons && measure "extract_persons(text)" text "SELECT length(extract_persons(DOC));"
has person_mentions && measure "person_mentions(text)" text "SELECT count(*) FROM person_mentions(DOC);"
has person_key && measure "person_key(text)" text "SELECT length(person_key(DOC));"
has date_mentions && measure "date_mentions(text,ref)" text "SELECT count(*) FROM date_mentions(DOC, '2025-04-22');"
has event_date && measure "event_date(text,ref)" text "SELECT event_date(DOC, '2025-04-22');"
exit 0
