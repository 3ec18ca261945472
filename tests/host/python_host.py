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
assert len(rows) == 6, rows
try:
    conn.execute("SELECT * FROM news_files('/nonexistent')").fetchall()
    raise AssertionError("expected an error")
except sqlite3.OperationalError as e:
    assert "news_files: cannot open '/nonexistent'" in str(e), e
print("ok", version)
