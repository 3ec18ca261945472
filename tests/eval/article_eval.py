#!/usr/bin/python3
"""Accuracy of article_clean / article_title on ../shared/eval (stdlib only).

  /usr/bin/python3 tests/eval/article_eval.py SHARED [--only html|text|wcxb|wcxb-text|seeds]
                                               [--per-page DIR]

Each dev set is split by line number: even lines (0-based) are the "tune"
half, odd lines the "heldout" half. Predictions go through the extension
(./newsext.so) with the sqlite3 module; scores come from SHARED's scorer.
Exit status 1 when a seed check fails.
"""
import gzip, json, os, re, sqlite3, subprocess, sys, tempfile, time

def load(path):
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt', encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]

def connect():
    db = sqlite3.connect(':memory:')
    db.enable_load_extension(True)
    db.load_extension(os.path.abspath('newsext'))
    return db

def score(shared, gold, preds, tmp, label, per_page=None):
    gpath, ppath = os.path.join(tmp, 'gold.jsonl'), os.path.join(tmp, 'pred.jsonl')
    with open(gpath, 'w') as g, open(ppath, 'w') as p:
        for rec in gold:
            g.write(json.dumps({'id': rec['id'], 'body': rec['body']}) + '\n')
            p.write(json.dumps({'id': rec['id'], 'body': preds[rec['id']]}) + '\n')
    cmd = [sys.executable, os.path.join(shared, 'eval/score/eval_extraction.py'), gpath, ppath]
    if per_page:
        cmd += ['--per-page', per_page]
    out = subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()
    print(f'  {label:<22} {out[-1] if out else "scorer failed"}')

def extraction(shared, db, path, field, name, tmp, per_page_dir):
    recs = load(path)
    preds, nbytes = {}, 0
    t0 = time.perf_counter()
    for rec in recs:
        raw = rec[field] or ''
        nbytes += len(raw.encode())
        preds[rec['id']] = db.execute('SELECT article_clean(?)', (raw,)).fetchone()[0] or ''
    dt = time.perf_counter() - t0
    print(f'{name} ({len(recs)} pages, {nbytes / dt / 1e6:.1f} MB/s through sqlite3):')
    halves = [('tune (even lines)', recs[0::2]), ('heldout (odd lines)', recs[1::2]), ('all', recs)]
    for label, part in halves:
        pp = None
        if per_page_dir and label == 'all':
            pp = os.path.join(per_page_dir, name.replace(' ', '_') + '.tsv')
        score(shared, part, preds, tmp, label, pp)
    if per_page_dir:
        with open(os.path.join(per_page_dir, name.replace(' ', '_') + '.pred.jsonl'), 'w') as f:
            for rec in recs:
                f.write(json.dumps({'id': rec['id'], 'body': preds[rec['id']]}) + '\n')

def collapse(s):
    return re.sub(r'\s+', ' ', s or '').strip()

def seeds(shared, db):
    failures = 0
    for rec in load(os.path.join(shared, 'eval/seeds_clean.jsonl')):
        with open(os.path.join(shared, rec['file']), encoding='utf-8') as f:
            raw = f.read()
        body, title = db.execute('SELECT article_clean(?), article_title(?)', (raw, raw)).fetchone()
        body = collapse(body)
        problems = []
        if collapse(title) != collapse(rec['title']):
            problems.append(f'title {title!r}')
        problems += [f'missing {p[:60]!r}' for p in rec['body'] if collapse(p) not in body]
        problems += [f'furniture {p[:60]!r}' for p in rec['forbidden'] if collapse(p) in body
                     and not any(collapse(p) in collapse(b) for b in rec['body'])]
        status = 'ok' if not problems else 'FAIL'
        failures += bool(problems)
        print(f'  {rec["file"]}: {status}' + ''.join('\n      ' + p for p in problems))
    return failures

def main():
    shared = sys.argv[1]
    only = sys.argv[sys.argv.index('--only') + 1] if '--only' in sys.argv else None
    per_page = sys.argv[sys.argv.index('--per-page') + 1] if '--per-page' in sys.argv else None
    db = connect()
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        dev = os.path.join(shared, 'eval/extraction/dev.jsonl')
        if only in (None, 'html'):
            extraction(shared, db, dev, 'html', 'dev html', tmp, per_page)
        if only in (None, 'text'):
            extraction(shared, db, dev, 'text', 'dev text', tmp, per_page)
        wcxb = os.path.join(shared, 'eval/extraction/wcxb_article_dev.jsonl.gz')
        if only in (None, 'wcxb'):
            extraction(shared, db, wcxb, 'html', 'wcxb html', tmp, per_page)
        if only in (None, 'wcxb', 'wcxb-text'):
            extraction(shared, db, wcxb, 'text', 'wcxb text', tmp, per_page)
        if only in (None, 'seeds'):
            print('seeds (body paragraphs kept, furniture gone, title):')
            failures = seeds(shared, db)
    sys.exit(1 if failures else 0)

if __name__ == '__main__':
    main()
