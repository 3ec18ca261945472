#!/usr/bin/env python3
"""Builds the benchmark corpus: a folder of page files (for news_files and
ingest) and a database of the same pages (for the functions), at least
TARGET_MB each, by replicating pages.

usage: build_corpus.py OUT_DIR TARGET_MB SHARED_DIR_OR_EMPTY

Pages come from ../shared/eval when present (the extraction dev pages as
HTML and as flattened text, TempEval and CoNLL documents as text), otherwise
from tests/corpus. Every 10th file is gzipped, as scraped corpora often are.
"""
import gzip
import json
import os
import sqlite3
import sys

out_dir, target_mb, shared = sys.argv[1], int(sys.argv[2]), sys.argv[3]
target = target_mb * 1_000_000
html_pages, text_pages = [], []
if shared and os.path.isdir(os.path.join(shared, "eval")):
    ev = os.path.join(shared, "eval")
    for line in open(os.path.join(ev, "extraction", "dev.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        html_pages.append(d["html"])
        text_pages.append(d["text"])
    with gzip.open(os.path.join(ev, "extraction", "wcxb_article_dev.jsonl.gz"), "rt", encoding="utf-8") as f:
        for line in f:
            html_pages.append(json.loads(line)["html"])
    for line in open(os.path.join(ev, "timex", "tbaq.jsonl"), encoding="utf-8"):
        text_pages.append(json.loads(line)["text"])
    for line in open(os.path.join(ev, "conll2003", "dev.jsonl"), encoding="utf-8"):
        text_pages.append(json.loads(line)["text"])
    for name in sorted(os.listdir(os.path.join(shared, "seeds"))):
        text_pages.append(open(os.path.join(shared, "seeds", name), encoding="utf-8").read())
else:
    root = "tests/corpus"
    for dirpath, _, files in os.walk(root):
        for name in files:
            if name.startswith("."):
                continue
            raw = open(os.path.join(dirpath, name), "rb").read()
            if name.endswith(".gz"):
                raw = gzip.decompress(raw)
            doc = raw.decode("utf-8", "replace")
            (html_pages if "<html" in doc.lower() else text_pages).append(doc)

os.makedirs(os.path.join(out_dir, "pages"), exist_ok=True)
db = sqlite3.connect(os.path.join(out_dir, "bench.db"))
db.execute("DROP TABLE IF EXISTS pages")
db.execute("CREATE TABLE pages(kind TEXT, doc TEXT)")


def replicate(pages, kind):
    total, i = 0, 0
    while total < target:
        doc = pages[i % len(pages)]
        db.execute("INSERT INTO pages VALUES (?, ?)", (kind, doc))
        total += len(doc.encode("utf-8"))
        i += 1
    return total, i


html_bytes, n_html = replicate(html_pages, "html")
text_bytes, n_text = replicate(text_pages, "text")
db.commit()

# The folder: the same mix of pages as files, half HTML and half text.
written, i = 0, 0
pages = [(p, "html") for p in html_pages] + [(p, "txt") for p in text_pages]
while written < target:
    doc, ext = pages[i % len(pages)]
    data = doc.encode("utf-8")
    sub = os.path.join(out_dir, "pages", "%03d" % (i // 1000))
    os.makedirs(sub, exist_ok=True)
    path = os.path.join(sub, "p%06d.%s" % (i, ext))
    if i % 10 == 9:
        with gzip.open(path + ".gz", "wb", compresslevel=6) as f:
            f.write(data)
    else:
        with open(path, "wb") as f:
            f.write(data)
    written += len(data)
    i += 1
print(f"corpus: {n_html} html pages ({html_bytes/1e6:.0f} MB), {n_text} text pages "
      f"({text_bytes/1e6:.0f} MB) in bench.db; {i} files ({written/1e6:.0f} MB of text) in pages/")
