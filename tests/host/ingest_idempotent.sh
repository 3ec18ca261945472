#!/bin/sh
# sql/ingest.sql is idempotent and incremental: a second run changes nothing;
# a changed file is updated, a new one added, a touched one keeps its row.
set -eu
so=${NEWSEXT_SO:-./newsext}
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cp -r tests/corpus "$d/pages"
ingest() {
    LD_PRELOAD="${NEWSEXT_PRELOAD:-}" ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0" \
        sqlite3 -batch "$d/c.db" -cmd ".load $so" -cmd ".param set :root '$d/pages'" < sql/ingest.sql
}
dump() { sqlite3 "$d/c.db" .dump | md5sum; }
ingest > /dev/null
first=$(dump)
# every stored position points at its mention, in title or body
bad=$(sqlite3 "$d/c.db" "SELECT count(*) FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
      WHERE substr(iif(m.field = 'title', a.title, a.body), m.start, m.length) IS NOT m.mention")
[ "$bad" = 0 ] || { echo "$bad mentions with wrong positions"; exit 1; }
bad=$(sqlite3 "$d/c.db" "SELECT count(*) FROM dates AS d JOIN articles AS a ON a.id = d.article_id
      WHERE substr(a.body, d.start, d.length) IS NOT d.mention")
[ "$bad" = 0 ] || { echo "$bad dates with wrong positions"; exit 1; }
n=$(sqlite3 "$d/c.db" "SELECT count(*) FROM articles WHERE analysed = 1 AND body IS NOT NULL")
[ "$n" = 8 ] || { echo "only $n articles analysed"; exit 1; }
n=$(sqlite3 "$d/c.db" "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'cavusoglu OR zelenskiy'")
[ "$n" -ge 1 ] || { echo "full-text search finds nothing"; exit 1; }
out=$(ingest)
[ "$out" = "ingest: 0 new or changed files, 8 articles in all" ] || { echo "second run: $out"; exit 1; }
[ "$(dump)" = "$first" ] || { echo "second run changed the database"; exit 1; }
printf '\nA late correction was added to this story.\n' >> "$d/pages/2025/geneva-talks.txt"
# a page without any title: its mentions are all in the body
printf '<html><body><p>Mayor Maria Lopez said on Monday that the new library would open in the spring, after two years of work on the old mill.</p></body></html>' > "$d/pages/2025/new-page.html"
touch -d '2030-01-01' "$d/pages/2024/03/rail-strike.txt"
out=$(ingest)
[ "$out" = "ingest: 3 new or changed files, 9 articles in all" ] || { echo "third run: $out"; exit 1; }
n=$(sqlite3 "$d/c.db" "SELECT count(*) FROM articles WHERE path = '2025/geneva-talks.txt' AND raw LIKE '%late correction%'")
[ "$n" = 1 ] || { echo "changed file not updated"; exit 1; }
n=$(sqlite3 "$d/c.db" "SELECT count(DISTINCT path) FROM articles")
[ "$n" = 9 ] || { echo "duplicate rows: $n"; exit 1; }
n=$(sqlite3 "$d/c.db" "SELECT count(*) FROM mentions AS m JOIN articles AS a ON a.id = m.article_id
    WHERE a.path = '2025/new-page.html' AND a.title IS NULL AND m.field = 'body'
      AND substr(a.body, m.start, m.length) = m.mention AND m.name = 'Maria Lopez'")
[ "$n" = 1 ] || { echo "untitled page: $n good mentions"; exit 1; }
echo ok
