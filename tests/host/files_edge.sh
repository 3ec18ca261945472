#!/bin/sh
# news_files on a hostile folder: symbolic-link loops, hidden entries, NUL
# bytes, invalid UTF-8, damaged gzip, a file above SQLITE_LIMIT_LENGTH, an
# unreadable file, and direct-only protection against untrusted schemas.
set -eu
so=${NEWSEXT_SO:-./newsext}
d=$(mktemp -d)
trap 'chmod -R u+rwx "$d"; rm -rf "$d"' EXIT
mkdir -p "$d/a/b" "$d/.git"
printf 'secret' > "$d/.git/config"
ln -s .. "$d/a/b/up"              # loop back to a/
ln -s "$d" "$d/a/root-again"      # loop back to the root
printf 'one\0two\377three' > "$d/a/nul.txt"
printf '\037\213garbage' > "$d/a/broken.gz"
head -c 5000 /dev/zero | tr '\0' 'x' > "$d/a/big.txt"
printf 'fine' > "$d/a/ok.txt"
run() { LD_PRELOAD="${NEWSEXT_PRELOAD:-}" ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0" \
        sqlite3 -batch :memory: -cmd ".load $so" -cmd ".limit length 4000" "$@" 2>&1 | grep -v "^ *length 4000$"; }
out=$(run "SELECT path, coalesce(raw, '-'), coalesce(error, '-') FROM news_files('$d') ORDER BY path;")
expected="a/big.txt|-|file is 5000 bytes, more than SQLITE_LIMIT_LENGTH (4000)
a/broken.gz|-|cannot decompress: damaged compressed data
a/nul.txt|onetwo�three|-
a/ok.txt|fine|-"
if [ "$out" != "$expected" ]; then
    echo "unexpected rows:"; echo "$out"; exit 1
fi
# a view in an untrusted database cannot read the disk
db="$d/untrusted.db"
sqlite3 "$db" "CREATE VIEW v AS SELECT 1 AS x;"
out=$(LD_PRELOAD="${NEWSEXT_PRELOAD:-}" ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0" \
      sqlite3 -batch "$db" -cmd ".load $so" "DROP VIEW v; CREATE VIEW v AS SELECT path FROM news_files('$d'); SELECT * FROM v;" 2>&1 || true)
case "$out" in
    *"unsafe use of virtual table"*) ;;
    *) echo "direct-only not enforced: $out"; exit 1 ;;
esac
# the nofs entry point has no file access at all
out=$(LD_PRELOAD="${NEWSEXT_PRELOAD:-}" ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0" \
      sqlite3 -batch :memory: -cmd ".load $so sqlite3_newsext_nofs_init" "SELECT count(*) FROM news_files('$d');" 2>&1 || true)
case "$out" in
    *"no such table: news_files"*) ;;
    *) echo "nofs entry point exposes news_files: $out"; exit 1 ;;
esac
# an unreadable file (only meaningful when not root: root reads anything)
if [ "$(id -u)" -ne 0 ]; then
    chmod 000 "$d/a/ok.txt"
    run "SELECT error FROM news_files('$d', '*ok.txt');" | grep -q 'cannot open: Permission denied'
fi
echo ok
