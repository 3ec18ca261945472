#!/bin/sh
# Accuracy of date_mentions on TempEval-3 TBAQ (value F1, relaxed span F1)
# and of event_date on the five seeds, with and without their reference.
# TBAQ is split by line number: even lines (0-based) are the half the rules
# were tuned on ("tune"), odd lines are held out ("heldout").
set -u
cd "$(dirname "$0")/../.." || exit 1
: "${SHARED:?}"
gold=$SHARED/eval/timex/tbaq.jsonl
if [ ! -f "$gold" ]; then echo "dates: skipped: $gold is absent"; exit 0; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# the system python3 can load extensions (pyenv builds often cannot)
py=/usr/bin/python3
[ -x "$py" ] || py=python3
"$py" - "$gold" "$SHARED/eval/seeds_gold.jsonl" "$tmp" <<'PY' || exit 1
import json, sqlite3, sys
gold, seeds, tmp = sys.argv[1:4]
db = sqlite3.connect(":memory:")
db.enable_load_extension(True)
db.load_extension("./newsext")
halves = {"tune": [], "heldout": [], "all": []}
for n, line in enumerate(open(gold, encoding="utf-8")):
    d = json.loads(line)
    rows = db.execute("SELECT start, length, type, value FROM date_mentions(?, ?)", (d["text"], d["dct"])).fetchall()
    pred = {"id": d["id"], "timex": [{"start": s - 1, "end": s - 1 + l, "type": t, "value": v} for s, l, t, v in rows]}
    g = json.dumps(d)
    p = json.dumps(pred)
    for h in ("tune" if n % 2 == 0 else "heldout", "all"):
        halves[h].append((g, p))
for h, pairs in halves.items():
    with open(f"{tmp}/gold_{h}.jsonl", "w") as fg, open(f"{tmp}/pred_{h}.jsonl", "w") as fp:
        for g, p in pairs:
            fg.write(g + "\n")
            fp.write(p + "\n")
with open(f"{tmp}/ev_noref.jsonl", "w") as f1, open(f"{tmp}/ev_ref.jsonl", "w") as f2, \
        open(f"{tmp}/ev_ref_gold.jsonl", "w") as f3:
    for line in open(seeds, encoding="utf-8"):
        d = json.loads(line)
        f1.write(json.dumps({"id": d["id"], "event_date": db.execute("SELECT event_date(?)", (d["raw"],)).fetchone()[0]}) + "\n")
        ex = d["event_date_if_published"]["example"]
        got = db.execute("SELECT event_date(?, ?)", (d["raw"], ex["ref_date"])).fetchone()[0]
        f2.write(json.dumps({"id": d["id"], "event_date": got}) + "\n")
        f3.write(json.dumps({"id": d["id"], "event_date": ex["event_date"],
                             "event_date_acceptable": ex.get("also_acceptable", [])}) + "\n")
PY
for h in tune heldout all; do
    printf 'timex %-8s ' "$h"
    python3 "$SHARED/eval/score/eval_timex.py" "$tmp/gold_$h.jsonl" "$tmp/pred_$h.jsonl" | tail -1
done
printf 'event_date seeds, no ref:        '
python3 "$SHARED/eval/score/eval_event_date.py" "$SHARED/eval/seeds_gold.jsonl" "$tmp/ev_noref.jsonl" -v | tr '\n' ' '; echo
printf 'event_date seeds, example ref:   '
python3 "$SHARED/eval/score/eval_event_date.py" "$tmp/ev_ref_gold.jsonl" "$tmp/ev_ref.jsonl" -v | tr '\n' ' '; echo
