#!/bin/sh
# make eval: accuracy on ../shared/eval. Each tests/eval/NAME.sh prints its
# figures; every dev set is split in two halves by line number (even lines:
# the half rules were tuned on, "tune"; odd lines: untouched, "heldout") and
# both halves are reported.
set -u
cd "$(dirname "$0")/../.." || exit 1
SHARED=${SHARED:-$(cd .. && pwd)/shared}
if [ ! -d "$SHARED/eval" ]; then
    echo "eval: skipped: $SHARED/eval is absent (clone the project beside shared/)"
    exit 0
fi
export SHARED
status=0
for t in tests/eval/*.sh; do
    [ "$(basename "$t")" = run.sh ] && continue
    echo "== $(basename "$t" .sh)"
    sh "$t" || status=1
done
exit $status
