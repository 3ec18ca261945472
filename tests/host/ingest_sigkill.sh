#!/bin/sh
# An ingest killed with SIGKILL part-way leaves the database consistent, and
# running it again completes it: one row per file, nothing duplicated,
# every stored text and hash equal to the file's.
#
# Builds 5000 small pages from tests/corpus, kills sql/ingest.sql at
# several moments (at least one must land while its transaction is open,
# i.e. with a hot rollback journal), checks the database after each kill,
# re-runs the ingest and checks it is complete. Then changes and adds pages
# and does the same for an update.
#
# This checks the ingest and SQLite's durability, not memory safety, so it
# runs in the release flavour only; in the sanitized flavour (NEWSEXT_PRELOAD
# set) it passes at once.
[ -z "${NEWSEXT_PRELOAD:-}" ] || exit 0
set -u
so=${NEWSEXT_SO:-./newsext}
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
db=$d/corpus.db
pages=$d/pages
python3 tests/host/make_pages.py tests/corpus "$pages" 5000 || exit 1

ingest() { sqlite3 -batch "$db" -cmd ".load $so" -cmd ".param set :root '$pages'" < sql/ingest.sql; }
q() { sqlite3 -batch "$db" -cmd ".load $so" -cmd ".param set :root '$pages'" "$1"; }
fail() { echo "ingest_sigkill: $*"; exit 1; }

# consistent: the database is sound and holds only whole, correct rows
check_consistent() {
    [ "$(q 'PRAGMA integrity_check')" = ok ] || fail "$1: integrity_check: $(q 'PRAGMA integrity_check' | head -5)"
    # killed before the schema was created: nothing to check yet
    [ "$(q "SELECT count(*) FROM sqlite_schema WHERE name = 'articles'")" -eq 1 ] || return 0
    [ "$(q 'PRAGMA foreign_key_check' | wc -l)" -eq 0 ] || fail "$1: foreign keys"
    bad=$(q "SELECT count(*) FROM articles WHERE hash IS NOT content_hash(raw) OR (raw IS NULL AND error IS NULL)")
    [ "$bad" -eq 0 ] || fail "$1: $bad rows whose hash does not match their text"
}
# complete: one row per file, equal to what is on disk now
check_complete() {
    check_consistent "$1"
    files=$(find "$pages" -type f | wc -l)
    rows=$(q "SELECT count(*) || ' ' || count(DISTINCT path) FROM articles")
    [ "$rows" = "$files $files" ] || fail "$1: $files files, but rows and distinct paths are $rows"
    same=$(q "SELECT count(*) FROM articles AS a JOIN news_files(:root) AS f ON f.path = a.path
              WHERE a.raw = f.raw AND a.hash = content_hash(f.raw) AND a.size = f.size AND a.mtime = f.mtime")
    [ "$same" -eq "$files" ] || fail "$1: only $same of $files rows equal their file"
}

# kill_during LABEL: starts ingests and kills them at growing delays;
# returns after checking the database after every kill.
kill_during() {
    hot=0
    for delay in 0.02 0.05 0.1 0.15 0.25; do
        # exec: $! must be sqlite3 itself, not a subshell around it
        (exec sqlite3 -batch "$db" -cmd ".load $so" -cmd ".param set :root '$pages'" \
            < sql/ingest.sql > /dev/null 2>&1) &
        pid=$!
        sleep "$delay"
        if kill -0 "$pid" 2> /dev/null; then
            kill -KILL "$pid"
            [ -e "$db-journal" ] && hot=$((hot + 1))
        fi
        wait "$pid" 2> /dev/null
        check_consistent "$1 after a kill at $delay s"
    done
    [ "$hot" -gt 0 ] || fail "$1: no kill landed inside the ingest transaction (machine too fast? raise the page count)"
    echo "$1: $hot kills inside the transaction, database consistent after each"
}

kill_during "fresh ingest"
ingest > "$d/log" 2>&1 || { cat "$d/log"; fail "re-run after the kills failed"; }
check_complete "fresh ingest re-run"

# an update: 300 pages change, 300 are new; kill it, re-run it
find "$pages" -type f -name '*.txt' | sort | head -300 | while read -r f; do
    printf 'A correction was appended.\n' >> "$f"
done
python3 tests/host/make_pages.py tests/corpus "$pages" 300 5000 || exit 1
kill_during "update ingest"
ingest > "$d/log" 2>&1 || { cat "$d/log"; fail "update re-run failed"; }
check_complete "update re-run"
n=$(q "SELECT count(*) FROM articles WHERE raw LIKE '%A correction was appended.%'")
[ "$n" -eq 300 ] || fail "update re-run: $n of 300 changed pages updated"
echo "ok"
