"""Loads newsext from Python's standard sqlite3 module, as the README shows."""
import os
import sqlite3

conn = sqlite3.connect(":memory:")
conn.enable_load_extension(True)
conn.load_extension(os.environ.get("NEWSEXT_SO", "./newsext"))
conn.enable_load_extension(False)

(version,) = conn.execute("SELECT newsext_version()").fetchone()
assert version.count(".") == 2, version
rows = conn.execute(
    "SELECT path, format FROM news_files(?) ORDER BY path", ("tests/corpus",)
).fetchall()
assert ("ru/samara-bridge.html", "html") in rows, rows
assert len(rows) == 8, rows
try:
    conn.execute("SELECT * FROM news_files('/nonexistent')").fetchall()
    raise AssertionError("expected an error")
except sqlite3.OperationalError as e:
    assert "news_files: cannot open '/nonexistent'" in str(e), e
print("ok", version)

# A report through Python, as the README shows: build the corpus database
# with the sqlite3 shell's ingest, then run sql/reports/top_persons.sql
# statement by statement (dot-commands are the shell's own and are skipped).
import re
import subprocess
import tempfile


def run_report(conn, path, **params):
    rows, stmt = [], ""
    for line in open(path, encoding="utf-8"):
        if line.startswith("."):
            continue
        stmt += line
        if sqlite3.complete_statement(stmt):
            names = set(re.findall(r":(\w+)", re.sub(r"--[^\n]*", "", stmt)))
            rows = conn.execute(stmt, {n: params.get(n) for n in names}).fetchall()
            stmt = ""
    return rows


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "corpus.db")
    so = os.environ.get("NEWSEXT_SO", "./newsext")
    subprocess.run(["sqlite3", db, "-cmd", ".load " + so, "-cmd", ".param set :root 'tests/corpus'",
                    "-cmd", ".param set :quiet 1"],
                   stdin=open("sql/ingest.sql"), check=True, capture_output=True)
    corpus = sqlite3.connect(db)
    corpus.enable_load_extension(True)
    corpus.load_extension(so)
    top = run_report(corpus, "sql/reports/top_persons.sql", limit=3)
    assert 1 <= len(top) <= 3, top
    assert all(isinstance(r[0], str) and r[1] >= 1 for r in top), top
    print("top persons:", top)
