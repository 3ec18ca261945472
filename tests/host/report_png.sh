#!/bin/sh
# The HTML report renders: ingest tests/corpus, write the report, take a
# screenshot in headless Chromium and check the picture is not blank and
# shows the chart's bars. Skips (exit 77) where Chromium is not installed;
# .ci/run installs it so CI always runs this. Release flavour only: the
# sanitized run adds nothing to a rendering check.
set -eu
[ -z "${NEWSEXT_PRELOAD:-}" ] || { echo "runs in the release flavour only"; exit 0; }
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "skipped: chromium is not installed (apt-get install chromium)"; exit 77; }
so=${NEWSEXT_SO:-./newsext}
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
sqlite3 "$d/c.db" -cmd ".load $so" -cmd ".param set :root 'tests/corpus'" -cmd ".param set :quiet 1" \
    < sql/ingest.sql > /dev/null
sqlite3 "$d/c.db" -cmd ".load $so" < sql/reports/report_html.sql > "$d/report.html"
grep -q '<svg' "$d/report.html"
if grep -Eq '<script|<link|@import|url\(' "$d/report.html"; then
    echo "report is not self-contained"; exit 1
fi
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$d/profile" --hide-scrollbars --window-size=1000,1200 \
    --screenshot="$d/report.png" "file://$d/report.html" > "$d/chromium.log" 2>&1 || true
[ -s "$d/report.png" ] || { echo "no screenshot"; tail -5 "$d/chromium.log"; exit 1; }
python3 tests/host/png_check.py "$d/report.png" 3366aa
[ -z "${NEWSEXT_KEEP_PNG:-}" ] || cp "$d/report.png" "$NEWSEXT_KEEP_PNG"
