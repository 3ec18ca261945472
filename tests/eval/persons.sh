#!/bin/sh
# Person extraction accuracy (make eval):
#  - CoNLL-2003 dev, exact PER spans (eval_persons.py), on the tune half
#    (even lines), the heldout half (odd lines) and the whole;
#  - the five seeds: extract_persons on each seed page (eval_news_persons.py),
#    and whether person_key puts each gold alias set under one key.
# Uses /usr/bin/python3, whose sqlite3 module can load extensions.
set -u
cd "$(dirname "$0")/../.." || exit 1
if [ ! -d "${SHARED:-}/eval" ]; then
    echo "persons: skipped: \$SHARED/eval is absent"
    exit 0
fi
PY=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
$PY - "$SHARED" "$tmp" <<'PYEOF' || exit 1
import json, sqlite3, sys, os
shared, tmp = sys.argv[1], sys.argv[2]
db = sqlite3.connect(":memory:")
db.enable_load_extension(True)
db.load_extension(os.path.abspath("newsext"))

def predict(lines, out):
    with open(out, "w") as f:
        for line in lines:
            d = json.loads(line)
            rows = db.execute("SELECT start, length FROM person_mentions(?)", (d["text"],)).fetchall()
            spans = [{"start": s - 1, "end": s - 1 + n} for s, n in rows]
            f.write(json.dumps({"id": d["id"], "persons": spans}) + "\n")

lines = open(os.path.join(shared, "eval/conll2003/dev.jsonl"), encoding="utf-8").read().splitlines()
for name, part in (("tune", lines[0::2]), ("heldout", lines[1::2]), ("all", lines)):
    with open(os.path.join(tmp, "gold_%s.jsonl" % name), "w") as f:
        f.write("\n".join(part) + "\n")
    predict(part, os.path.join(tmp, "pred_%s.jsonl" % name))

seeds = [json.loads(l) for l in open(os.path.join(shared, "eval/seeds_gold.jsonl"), encoding="utf-8")]
with open(os.path.join(tmp, "pred_seeds.jsonl"), "w") as f:
    for g in seeds:
        raw = open(os.path.join(shared, g["source"]), encoding="utf-8").read()
        # article_clean is another capability; until it is merged the raw
        # page (title, furniture and all) is what we give extract_persons.
        try:
            text = db.execute("SELECT article_title(?) || char(10) || char(10) || article_clean(?)",
                              (raw, raw)).fetchone()[0]
            source = "article_title || article_clean"
        except sqlite3.Error:
            text, source = raw, "raw page (article_clean not available)"
        names = json.loads(db.execute("SELECT extract_persons(?)", (text,)).fetchone()[0])
        f.write(json.dumps({"id": g["id"], "persons": names}) + "\n")
print("seeds input:", source)
bad = 0
for g in seeds:
    for name in g["persons"]:
        forms = [name] + list((g.get("person_aliases") or {}).get(name, []))
        keys = {db.execute("SELECT person_key(?)", (x,)).fetchone()[0] for x in forms}
        if len(keys) != 1:
            bad += 1
            print("person_key splits", forms, "->", sorted(keys))
print("person_key: %d alias sets split" % bad)
PYEOF
for half in tune heldout all; do
    printf 'conll2003 dev %-8s ' "$half"
    $PY "$SHARED/eval/score/eval_persons.py" "$tmp/gold_$half.jsonl" "$tmp/pred_$half.jsonl" | tail -1
done
printf 'seeds              '
$PY "$SHARED/eval/score/eval_news_persons.py" "$SHARED/eval/seeds_gold.jsonl" "$tmp/pred_seeds.jsonl" -v | tail -20
