#!/bin/sh
# article_clean throughput, release build, one core: the dev pages of
# ../shared/eval/extraction/dev.jsonl cleaned over and over until 200 MB
# went through, once as HTML and once as flattened text, then one 100 MB
# page (peak RSS shows memory stays proportional to the input).
set -u
cd "$(dirname "$0")/../.." || exit 1
if [ -z "${SHARED:-}" ] || [ ! -f "$SHARED/eval/extraction/dev.jsonl" ]; then
    echo "article bench: skipped: \$SHARED/eval is absent"
    exit 0
fi
make -s newsext.so build/libnewsext.a || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc -O2 -std=c11 -D_GNU_SOURCE -Iinclude -o "$tmp/bench" tests/bench/article_bench.c build/libnewsext.a \
    $(pkg-config --libs libutf8proc libpcre2-8 libxml-2.0 zlib) -lpthread || exit 1
/usr/bin/python3 - "$SHARED/eval/extraction/dev.jsonl" "$tmp" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
for i, r in enumerate(recs):
    open(f'{sys.argv[2]}/{i:03d}.html', 'w').write(r['html'])
    open(f'{sys.argv[2]}/{i:03d}.txt', 'w').write(r['text'])
# one 100 MB page: the dev pages' bodies back to back inside one document
with open(f'{sys.argv[2]}/big.html', 'w') as f:
    f.write('<html><body>')
    size = 0
    while size < 100_000_000:
        for r in recs:
            f.write(r['html'])
            size += len(r['html'])
    f.write('</body></html>')
PY
printf 'HTML: '; "$tmp/bench" 200 "$tmp"/[0-9]*.html
printf 'text: '; "$tmp/bench" 200 "$tmp"/[0-9]*.txt
printf '100 MB page: '; "$tmp/bench" 1 "$tmp/big.html"
