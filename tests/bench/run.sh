#!/bin/sh
# make bench: MB/s of input and peak RSS for news_files, the whole ingest and
# each SQL function, on a corpus of at least BENCH_MB (default 200) MB built
# by tests/bench/build_corpus.py. Not part of make test.
set -eu
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-$(cd .. && pwd)/shared}
[ -d "$SHARED/eval" ] || SHARED=""
MB=${BENCH_MB:-200}
dir=${BENCH_DIR:-build/bench}
if [ ! -f "$dir/.built-$MB" ]; then
    rm -rf "$dir"; mkdir -p "$dir"
    python3 tests/bench/build_corpus.py "$dir" "$MB" "$SHARED"
    touch "$dir/.built-$MB"
fi
echo "machine: $(nproc) cores, $(uname -m); one core per query (SQLite runs a query on one thread)"
printf '%-44s %10s %9s %10s %9s\n' "what" "input MB" "seconds" "MB/s" "peak RSS"

# measure LABEL INPUT_BYTES DB SQL: runs SQL (dot-commands allowed) under
# GNU time and prints a row; a failing run stops the benchmark.
measure() {
    m_label=$1 m_bytes=$2 m_db=$3
    printf '%s\n' "$4" > "$dir/step.sql"
    /usr/bin/time -f '%e %M' -o "$dir/time.out" \
        sqlite3 -batch -bail "$m_db" -cmd '.load ./newsext' < "$dir/step.sql" > "$dir/step.out" ||
        { echo "bench step failed: $m_label"; cat "$dir/step.out"; exit 1; }
    read -r secs kb < "$dir/time.out"
    awk -v l="$m_label" -v b="$m_bytes" -v s="$secs" -v k="$kb" 'BEGIN {
        rate = (s >= 0.01) ? sprintf("%10.1f", b / 1e6 / s) : sprintf("%10s", "(instant)")
        printf "%-44s %10.1f %9.2f %s %7.0f MB\n", l, b / 1e6, s, rate, k / 1024 }'
}
has() { sqlite3 :memory: -cmd '.load ./newsext' "SELECT count(*) FROM pragma_function_list WHERE name = '$1'" 2>/dev/null | grep -q '^[1-9]'; }
has_table() { sqlite3 :memory: -cmd '.load ./newsext' "SELECT count(*) FROM pragma_module_list WHERE name = '$1'" 2>/dev/null | grep -q '^[1-9]'; }

disk=$(du -sb "$dir/pages" | cut -f1)
db="$dir/bench.db"
html=$(sqlite3 "$db" "SELECT sum(length(CAST(doc AS BLOB))) FROM pages WHERE kind = 'html'")
text=$(sqlite3 "$db" "SELECT sum(length(CAST(doc AS BLOB))) FROM pages WHERE kind = 'text'")

measure "news_files: list only (path, size)" "$disk" ":memory:" \
    "SELECT count(*), sum(size) FROM news_files('$dir/pages')"
measure "news_files: read+gunzip+decode (raw)" "$disk" ":memory:" \
    "SELECT sum(length(raw)) FROM news_files('$dir/pages')"
rm -f "$dir/corpus.db"
measure "ingest: sql/ingest.sql, fresh database" "$disk" "$dir/corpus.db" \
    ".param set :root '$dir/pages'
.param set :quiet 1
.read sql/ingest.sql"
pages=$(find "$dir/pages" -type f | wc -l)
awk -v p="$pages" -v s="$secs" 'BEGIN { if (s > 0) printf "%-44s %10d pages in %.2f s: %.0f pages/s\n", "ingest: pages", p, s, p / s }'
measure "ingest: second run (nothing changed)" "$disk" "$dir/corpus.db" \
    ".param set :root '$dir/pages'
.read sql/ingest.sql"
measure "sqlite baseline: length(doc) over html" "$html" "$db" \
    "SELECT sum(length(doc)) FROM pages WHERE kind = 'html'"
for fn in article_clean article_meta article_title published_date; do
    has $fn || continue
    measure "$fn(html)" "$html" "$db" "SELECT sum(length($fn(doc))) FROM pages WHERE kind = 'html'"
done
has article_clean && measure "article_clean(text)" "$text" "$db" \
    "SELECT sum(length(article_clean(doc))) FROM pages WHERE kind = 'text'"
has_table person_mentions && measure "person_mentions(text)" "$text" "$db" \
    "SELECT count(*) FROM pages, person_mentions(pages.doc) WHERE kind = 'text'"
has extract_persons && measure "extract_persons(text)" "$text" "$db" \
    "SELECT sum(length(extract_persons(doc))) FROM pages WHERE kind = 'text'"
has_table date_mentions && measure "date_mentions(text, ref)" "$text" "$db" \
    "SELECT count(*) FROM pages, date_mentions(pages.doc, '2020-01-01') WHERE kind = 'text'"
has event_date && measure "event_date(text, ref)" "$text" "$db" \
    "SELECT count(event_date(doc, '2020-01-01')) FROM pages WHERE kind = 'text'"

# Report latency on the ingested corpus (warm cache).
echo
echo "reports on the ingested corpus ($(sqlite3 "$dir/corpus.db" 'SELECT count(*) FROM articles') articles, $(sqlite3 "$dir/corpus.db" 'SELECT count(*) FROM mentions') mentions):"
for r in sql/reports/*.sql; do
    name=$(basename "$r" .sql)
    [ "$name" = new_since_last_run ] && cp "$dir/corpus.db" "$dir/report.db" || true
    db_for=$dir/corpus.db
    [ "$name" = new_since_last_run ] && db_for=$dir/report.db
    /usr/bin/time -f '%e %M' -o "$dir/time.out" \
        sqlite3 -batch "$db_for" -cmd '.load ./newsext' -cmd ".param set :person 'Putin'" < "$r" > /dev/null
    read -r secs kb < "$dir/time.out"
    printf '  %-22s %6.2f s %6.0f MB peak RSS\n' "$name" "$secs" "$((kb / 1024))"
done

# Where an ingest spends its time: each statement of sql/ingest.sql with its
# share, on a fresh database (the analysis functions should dominate).
echo
echo "ingest profile (fresh database, statements taking 1% or more):"
rm -f "$dir/profile.db"
printf '.param set :root %s\n.param set :quiet 1\n.echo on\n.timer on\n.read sql/ingest.sql\n' "'$dir/pages'" \
    | sqlite3 -batch "$dir/profile.db" -cmd '.load ./newsext' 2>&1 | awk '
    # the statement is the first echoed line after the previous timing
    /^Run Time: real/ { n++; t[n] = $4; total += $4; first = ""; next }
    /^\./ || /^--/ || /^[[:space:]]*$/ { next }
    first == "" { first = substr($0, 1, 64); s[n + 1] = first }
    END { for (i = 1; i <= n; i++) if (t[i] >= total / 100)
              printf "  %6.2f s %5.1f%%  %s\n", t[i], 100 * t[i] / total, s[i]
          printf "  %6.2f s total\n", total }'
exit 0
