#!/bin/sh
# Every SQL function and module the extension registers, with its trust
# flags, compared with tests/host/api_surface.expected (the full surface:
# a function that appears, disappears or changes flags fails this test).
set -eu
export LC_ALL=C
so=${NEWSEXT_SO:-./newsext}
q="SELECT 'function ' || name || '/' || narg || ' ' ||
          trim(iif(flags & 0x800, 'deterministic ', '') || iif(flags & 0x200000, 'innocuous ', '') ||
               iif(flags & 0x80000, 'directonly ', ''))
     FROM pragma_function_list
   UNION ALL SELECT 'module ' || name FROM pragma_module_list ORDER BY 1;"
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
sqlite3 -batch :memory: "$q" > "$d/before"
LD_PRELOAD="${NEWSEXT_PRELOAD:-}" ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0" \
    sqlite3 -batch :memory: -cmd ".load $so" "$q" > "$d/after"
comm -13 "$d/before" "$d/after" > "$d/added"
comm -23 "$d/before" "$d/after" > "$d/removed"
if [ -s "$d/removed" ]; then echo "loading removed:"; cat "$d/removed"; exit 1; fi
diff tests/host/api_surface.expected "$d/added"
