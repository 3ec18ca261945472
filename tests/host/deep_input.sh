#!/bin/sh
# Deep and degenerate input on a small stack: 100 000 nested elements, a
# JSON-LD block of 100 000 nested arrays, 100 000 nested parentheses and
# quotes, a million digits, a million capitalized words, every month name
# in a row. Each function this build registers must finish (within 60 s)
# without crashing on a 256 KiB stack, so no code path recurses in
# proportion to its input.
#
# Release flavour only: sanitizers need far more stack than the code does,
# so under NEWSEXT_PRELOAD the test passes at once.
[ -z "${NEWSEXT_PRELOAD:-}" ] || exit 0
set -u
so=${NEWSEXT_SO:-./newsext}
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
has() { sqlite3 :memory: -cmd ".load $so" "SELECT (SELECT count(*) FROM pragma_function_list WHERE name = '$1')
        + (SELECT count(*) FROM pragma_module_list WHERE name = '$1')" | grep -q '^[1-9]'; }

# Each input is built in SQL (no file to ship) and kept in a temp table.
cat > "$d/inputs.sql" <<'SQL'
CREATE TEMP TABLE input(name TEXT, doc TEXT);
INSERT INTO input VALUES
  ('nested elements', '<html><body>' || replace(printf('%.*c', 100000, 'x'), 'x', '<div><span>') ||
                      '<p>The council met on Monday, Mayor Anna Berg said.</p></body></html>'),
  ('nested JSON-LD', '<html><head><script type="application/ld+json">' || printf('%.*c', 100000, '[') ||
                     '</script></head><body><p>Text.</p></body></html>'),
  ('nested brackets', printf('%.*c', 100000, '(') || 'Anna Berg met on 21 April 2025' || printf('%.*c', 100000, ')')),
  ('nested quotes', replace(printf('%.*c', 50000, 'x'), 'x', '"''«') || 'On Tuesday Anna Berg spoke.'),
  ('a million digits', printf('%.*c', 1000000, '7')),
  ('a million capitalized words', replace(printf('%.*c', 200000, 'x'), 'x', 'Anna Berg Lyon March ')),
  ('month names', replace(printf('%.*c', 20000, 'x'), 'x', 'January February March April May June July August September October November December 2025 ')),
  ('one huge line', replace(printf('%.*c', 100000, 'x'), 'x', 'word, '));
SQL
: > "$d/calls"
for fn in content_hash article_clean article_meta article_title published_date extract_persons person_key event_date; do
    has "$fn" && echo "$fn(doc)" >> "$d/calls"
done
has person_mentions && echo "(SELECT count(*) FROM person_mentions(doc))" >> "$d/calls"
has date_mentions && echo "(SELECT count(*) FROM date_mentions(doc, '2025-04-22'))" >> "$d/calls"
status=0
while read -r call; do
    { cat "$d/inputs.sql"; printf "SELECT name, typeof(%s) FROM input;\n" "$call"; } > "$d/run.sql"
    out=$( (ulimit -s 256; timeout 60 sqlite3 -batch -bail :memory: -cmd ".load $so" < "$d/run.sql") 2>&1)
    rc=$?
    if [ $rc -ne 0 ]; then
        echo "deep_input: $call failed (exit $rc$([ $rc -eq 124 ] && echo ', over 60 s')$([ $rc -ge 128 ] && echo ', a signal: stack overflow?')):"
        printf '%s\n' "$out" | tail -5
        status=1
    fi
done < "$d/calls"
exit $status
