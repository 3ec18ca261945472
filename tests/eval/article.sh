#!/bin/sh
# Accuracy of article_clean on ../shared/eval: the HTML and flattened-text
# fields of extraction/dev.jsonl and of wcxb_article_dev.jsonl.gz, and the five
# seeds (body kept, furniture gone, title). Halves: even lines = tune,
# odd lines = heldout. Needs /usr/bin/python3 (its sqlite3 loads extensions).
set -u
cd "$(dirname "$0")/../.." || exit 1
if [ -z "${SHARED:-}" ] || [ ! -d "$SHARED/eval" ]; then
    echo "article: skipped: \$SHARED/eval is absent"
    exit 0
fi
[ -f newsext.so ] || make -s newsext.so || exit 1
exec /usr/bin/python3 tests/eval/article_eval.py "$SHARED" "$@"
